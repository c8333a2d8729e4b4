"""Tech-device lending: devices, kits, condition, incidents, repairs, carts, agreements."""
