"""Block Kit's published limits, checked on what the app sends (Slack answers invalid_blocks otherwise)."""

from __future__ import annotations

from typing import Any

TEXT_LIMITS = {"section": 3000, "header": 150, "context": 2000}


def _text_of(obj: dict[str, Any] | None) -> str:
    return str((obj or {}).get("text") or "")


def assert_message_blocks(blocks: list[dict[str, Any]], *, max_blocks: int = 50) -> None:
    assert 0 < len(blocks) <= max_blocks, f"{len(blocks)} blocks"
    for block in blocks:
        kind = block["type"]
        if kind in ("section", "header"):
            assert 0 < len(_text_of(block.get("text"))) <= TEXT_LIMITS[kind], (kind, len(_text_of(block["text"])))
        if kind == "section":
            for field in block.get("fields") or []:
                assert len(_text_of(field)) <= 2000
            assert len(block.get("fields") or []) <= 10
        if kind == "context":
            assert 0 < len(block["elements"]) <= 10
            for element in block["elements"]:
                assert 0 < len(_text_of(element)) <= TEXT_LIMITS["context"]
        if kind == "actions":
            assert 0 < len(block["elements"]) <= 25
            for element in block["elements"]:
                assert len(element["action_id"]) <= 255
                if element["type"] == "button":
                    assert 0 < len(_text_of(element["text"])) <= 75
                    assert len(element.get("value", "")) <= 2000
        if "block_id" in block:
            assert len(block["block_id"]) <= 255


def assert_modal(view: dict[str, Any]) -> None:
    assert view["type"] == "modal"
    for key in ("title", "submit", "close"):
        if key in view:
            assert 0 < len(_text_of(view[key])) <= 24, (key, _text_of(view[key]))
    assert len(view.get("private_metadata", "")) <= 3000
    assert len(view.get("callback_id", "")) <= 255
    blocks = [b for b in view["blocks"] if b["type"] != "input"]
    if blocks:
        assert_message_blocks(blocks, max_blocks=100)
    assert len(view["blocks"]) <= 100
    for block in view["blocks"]:
        if block["type"] == "input":
            assert 0 < len(_text_of(block["label"])) <= 2000
            element = block["element"]
            if element["type"] == "plain_text_input":
                assert element.get("max_length", 3000) <= 3000
                assert len(element.get("initial_value", "")) <= element.get("max_length", 3000)
            if element["type"] == "static_select":
                assert 0 < len(element["options"]) <= 100
                for option in element["options"]:
                    assert len(_text_of(option["text"])) <= 75 and len(option["value"]) <= 150
