"""What a user does, one function per action, each in one transaction with one history entry."""
