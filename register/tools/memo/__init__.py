"""`register import`: a memo (tjänsteskrivelse) becomes a checked draft decision record."""
