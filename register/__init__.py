"""The public register of ASN funding decisions and partnerships with civil society."""
