# sys.exit("message"): the message goes to stderr and the status is 1.

import sys

def main(args):
    if len(args) < 5:
        print("checking arguments")
        sys.exit("error: not enough arguments")
    print("unreachable")

main(sys.argv)
