import os
import sys


def summary(items):
    total = 0
    for item in items :
        total += item
    return  total

def unused(l):
    x = undefined_name
    return l
