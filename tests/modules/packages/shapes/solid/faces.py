print("module", __name__)
COUNT = 6
