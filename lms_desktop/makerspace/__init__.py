"""Makerspace: bookable resources, the bell schedule, bookings and training certificates."""
