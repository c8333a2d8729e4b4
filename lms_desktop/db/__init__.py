"""Database layer: declarative base, engine, unit of work and Alembic migrations."""
