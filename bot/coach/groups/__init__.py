"""The team's group chat: what the group may see of each athlete (pure)."""
