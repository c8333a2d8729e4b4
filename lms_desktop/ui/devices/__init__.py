"""The Devices section: register, kits, incidents, repairs, carts and year-end collection."""
