"""A stand-in for the few PySpark calls docs/scale.md makes, for tests/docs/scale_rdd_pipe.sh.

PySpark is not installable on the test machines. RDD.pipe is the part that matters and is
reproduced from PySpark's own (pyspark/rdd.py, 3.x): one process per partition, started with
Popen(shlex.split(command), env=env) where env defaults to {} — the child gets exactly `env`,
nothing of the executor's environment, PATH included. The rest keeps partitions as lists.
"""
import os
import shlex
from itertools import chain
from subprocess import PIPE, Popen
from threading import Thread


class RDD:
    def __init__(self, partitions):
        self._partitions = [list(partition) for partition in partitions]

    def mapPartitions(self, function):
        return RDD(function(iter(partition)) for partition in self._partitions)

    def pipe(self, command, env=None, checkCode=False):
        if env is None:
            env = dict()

        def func(iterator):
            pipe = Popen(shlex.split(command), env=env, stdin=PIPE, stdout=PIPE)

            def pipe_objs(out):
                for obj in iterator:
                    s = str(obj).rstrip("\n") + "\n"
                    out.write(s.encode("utf-8"))
                out.close()

            Thread(target=pipe_objs, args=[pipe.stdin]).start()

            def check_return_code():
                pipe.wait()
                if checkCode and pipe.returncode:
                    raise RuntimeError(f"Pipe function `{command}` exited with error code "
                                       f"{pipe.returncode}")
                yield from ()

            return (x.rstrip(b"\n").decode("utf-8")
                    for x in chain(iter(pipe.stdout.readline, b""), check_return_code()))

        return self.mapPartitions(func)

    def map(self, function):
        return RDD(map(function, partition) for partition in self._partitions)

    def flatMap(self, function):
        return RDD(chain.from_iterable(map(function, partition))
                   for partition in self._partitions)

    def filter(self, predicate):
        return RDD(filter(predicate, partition) for partition in self._partitions)

    def cache(self):
        return self

    def reduceByKey(self, function):
        totals = {}
        for key, value in self.collect():
            totals[key] = function(totals[key], value) if key in totals else value
        return RDD([list(totals.items())])

    def subtract(self, other):
        removed = set(other.collect())
        return RDD([[element for element in self.collect() if element not in removed]])

    def collect(self):
        return [element for partition in self._partitions for element in partition]

    def saveAsTextFile(self, uri):
        directory = _local_path(uri)
        os.makedirs(directory)  # Spark refuses an existing output directory
        for number, partition in enumerate(self._partitions):
            with open(os.path.join(directory, f"part-{number:05d}"), "w", encoding="utf-8") as out:
                out.writelines(f"{element}\n" for element in partition)


class SparkContext:
    def textFile(self, uri, minPartitions=None):
        with open(_local_path(uri), encoding="utf-8") as lines:
            elements = [line.rstrip("\n") for line in lines]
        count = max(1, min(minPartitions or 2, len(elements)))
        size = -(-len(elements) // count)
        return RDD(elements[start:start + size] for start in range(0, len(elements), size))


def _local_path(uri):
    if not uri.startswith("file://"):
        raise ValueError(f"the stand-in reads only file:// URIs, not {uri}")
    return uri[len("file://"):]
