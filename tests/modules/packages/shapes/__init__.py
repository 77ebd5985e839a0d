print("package shapes", __name__)
VERSION = "1.0"
