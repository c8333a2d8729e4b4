"""Labels: sheet templates, spine/barcode/patron-card/asset-tag layouts drawn with reportlab."""
