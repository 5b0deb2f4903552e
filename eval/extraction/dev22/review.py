import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], "review"] + sys.argv[1:]
import check
check.goldkit.review(HERE, sys.argv[2:])
