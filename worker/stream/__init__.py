"""The streaming shell: embedded broker, topics, the faust app and its agents."""
