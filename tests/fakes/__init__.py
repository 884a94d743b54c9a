"""Real HTTP servers on loopback that stand in for Slack's Web API and an LLM endpoint."""
