import os
import sys


def cost(weight):
    rate = 3
    return weight * base_rate
