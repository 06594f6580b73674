"""The stand-in's SparkSession (see __init__.py)."""
from pyspark import SparkContext


class SparkSession:
    class Builder:
        def appName(self, name):
            return self

        def getOrCreate(self):
            return SparkSession()

    builder = Builder()

    def __init__(self):
        self.sparkContext = SparkContext()
