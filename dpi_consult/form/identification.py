"""The questions of the identification section that the app itself relies on, by their stable ids."""

ORGANISATION = "identification.organisation"
FINESS = "identification.finess"
EMAIL = "identification.email"
TYPE = "identification.type"
REGION = "identification.region"
ROLES = "identification.roles"
MEMBERS = "identification.membres"
