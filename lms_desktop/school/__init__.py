"""The school itself: sites (schools in a district), settings and staff accounts."""
