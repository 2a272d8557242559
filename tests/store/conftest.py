from storedb import db_url, postgres_server  # noqa: F401 - fixtures of the store tests
