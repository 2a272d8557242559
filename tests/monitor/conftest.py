from storedb import *  # noqa: F401,F403 - the two databases every test here runs on
