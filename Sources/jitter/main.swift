print("jitter")
