"""The Slack front end: Bolt listeners, one module a feature, and Block Kit rendering."""
