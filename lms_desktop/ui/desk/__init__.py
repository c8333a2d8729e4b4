"""The circulation desk: scan field, patron card, scanner layer and sounds."""
