"""Fictional but realistic identities of the members of a hospital federation, and of the federation."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

REGIONS: tuple[str, ...] = (
    "auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val-de-loire", "corse",
    "grand-est", "hauts-de-france", "ile-de-france", "normandie", "nouvelle-aquitaine", "occitanie",
    "pays-de-la-loire", "provence-alpes-cote-d-azur", "guadeloupe", "martinique", "guyane", "la-reunion",
    "mayotte", "national",
)
TYPES: tuple[str, ...] = (
    "etablissement-public", "espic", "prive-lucratif", "ght", "federation", "association-patients",
    "editeur", "autre",
)
ROLES: tuple[str, ...] = ("dpo", "medecin-dim", "dsi", "rssi", "direction", "juriste", "autre")

FINESS_PATTERN = re.compile(r"^(\d{2}|2A|2B)\d{7}$")
"""Every generated FINESS number matches this (overseas ones start with 971 to 976)."""


@dataclass(frozen=True)
class MemberIdentity:
    """Who a contribution is from: all of it invented, nothing about a real person."""

    organisation: str
    type: str
    roles: tuple[str, ...]
    finess: str | None
    region: str
    email: str | None
    author: str


# Department code -> (region, a few real towns). Towns are real; every organisation built on them is not.
DEPARTMENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "01": ("auvergne-rhone-alpes", ("Bourg-en-Bresse", "Oyonnax", "Belley")),
    "03": ("auvergne-rhone-alpes", ("Moulins", "Montluçon", "Vichy")),
    "07": ("auvergne-rhone-alpes", ("Privas", "Aubenas", "Annonay")),
    "26": ("auvergne-rhone-alpes", ("Valence", "Montélimar", "Romans-sur-Isère", "Die")),
    "38": ("auvergne-rhone-alpes", ("Grenoble", "Vienne", "Voiron", "Bourgoin-Jallieu")),
    "42": ("auvergne-rhone-alpes", ("Saint-Étienne", "Roanne", "Montbrison")),
    "63": ("auvergne-rhone-alpes", ("Clermont-Ferrand", "Riom", "Thiers", "Issoire")),
    "69": ("auvergne-rhone-alpes", ("Lyon", "Villefranche-sur-Saône", "Tarare")),
    "73": ("auvergne-rhone-alpes", ("Chambéry", "Albertville", "Aix-les-Bains")),
    "74": ("auvergne-rhone-alpes", ("Annecy", "Thonon-les-Bains", "Sallanches")),
    "21": ("bourgogne-franche-comte", ("Dijon", "Beaune", "Semur-en-Auxois")),
    "25": ("bourgogne-franche-comte", ("Besançon", "Pontarlier", "Montbéliard")),
    "39": ("bourgogne-franche-comte", ("Lons-le-Saunier", "Dole", "Saint-Claude")),
    "71": ("bourgogne-franche-comte", ("Mâcon", "Chalon-sur-Saône", "Autun", "Paray-le-Monial")),
    "89": ("bourgogne-franche-comte", ("Auxerre", "Sens", "Avallon")),
    "22": ("bretagne", ("Saint-Brieuc", "Lannion", "Guingamp", "Dinan")),
    "29": ("bretagne", ("Brest", "Quimper", "Morlaix", "Landerneau")),
    "35": ("bretagne", ("Rennes", "Saint-Malo", "Vitré", "Fougères")),
    "56": ("bretagne", ("Vannes", "Lorient", "Pontivy", "Ploërmel")),
    "18": ("centre-val-de-loire", ("Bourges", "Vierzon")),
    "28": ("centre-val-de-loire", ("Chartres", "Dreux", "Châteaudun")),
    "37": ("centre-val-de-loire", ("Tours", "Amboise", "Chinon", "Loches")),
    "41": ("centre-val-de-loire", ("Blois", "Vendôme", "Romorantin-Lanthenay")),
    "45": ("centre-val-de-loire", ("Orléans", "Montargis", "Gien", "Pithiviers")),
    "2A": ("corse", ("Ajaccio", "Porto-Vecchio", "Sartène")),
    "2B": ("corse", ("Bastia", "Corte", "Calvi")),
    "08": ("grand-est", ("Charleville-Mézières", "Sedan")),
    "10": ("grand-est", ("Troyes", "Romilly-sur-Seine")),
    "51": ("grand-est", ("Reims", "Châlons-en-Champagne", "Épernay")),
    "54": ("grand-est", ("Nancy", "Lunéville", "Toul")),
    "57": ("grand-est", ("Metz", "Thionville", "Sarreguemines", "Forbach")),
    "67": ("grand-est", ("Strasbourg", "Haguenau", "Saverne", "Sélestat")),
    "68": ("grand-est", ("Mulhouse", "Colmar", "Altkirch")),
    "88": ("grand-est", ("Épinal", "Saint-Dié-des-Vosges", "Remiremont")),
    "02": ("hauts-de-france", ("Laon", "Saint-Quentin", "Soissons", "Château-Thierry")),
    "59": ("hauts-de-france", ("Lille", "Douai", "Valenciennes", "Cambrai", "Dunkerque", "Maubeuge")),
    "60": ("hauts-de-france", ("Beauvais", "Compiègne", "Creil", "Senlis")),
    "62": ("hauts-de-france", ("Arras", "Lens", "Boulogne-sur-Mer", "Calais", "Béthune")),
    "80": ("hauts-de-france", ("Amiens", "Abbeville", "Péronne")),
    "77": ("ile-de-france", ("Melun", "Meaux", "Fontainebleau", "Provins", "Coulommiers")),
    "78": ("ile-de-france", ("Versailles", "Poissy", "Mantes-la-Jolie", "Rambouillet")),
    "91": ("ile-de-france", ("Évry-Courcouronnes", "Corbeil-Essonnes", "Étampes", "Longjumeau")),
    "92": ("ile-de-france", ("Nanterre", "Colombes", "Clamart")),
    "93": ("ile-de-france", ("Montreuil", "Aulnay-sous-Bois", "Montfermeil")),
    "94": ("ile-de-france", ("Créteil", "Villejuif", "Saint-Maurice")),
    "95": ("ile-de-france", ("Pontoise", "Argenteuil", "Gonesse", "Eaubonne")),
    "14": ("normandie", ("Caen", "Bayeux", "Lisieux", "Falaise")),
    "27": ("normandie", ("Évreux", "Vernon", "Bernay")),
    "50": ("normandie", ("Saint-Lô", "Cherbourg-en-Cotentin", "Avranches", "Coutances")),
    "61": ("normandie", ("Alençon", "Argentan", "Flers")),
    "76": ("normandie", ("Rouen", "Le Havre", "Dieppe", "Fécamp", "Elbeuf")),
    "16": ("nouvelle-aquitaine", ("Angoulême", "Cognac")),
    "17": ("nouvelle-aquitaine", ("La Rochelle", "Saintes", "Rochefort", "Royan")),
    "19": ("nouvelle-aquitaine", ("Tulle", "Brive-la-Gaillarde", "Ussel")),
    "24": ("nouvelle-aquitaine", ("Périgueux", "Bergerac", "Sarlat-la-Canéda")),
    "33": ("nouvelle-aquitaine", ("Bordeaux", "Libourne", "Arcachon", "Langon")),
    "40": ("nouvelle-aquitaine", ("Mont-de-Marsan", "Dax")),
    "47": ("nouvelle-aquitaine", ("Agen", "Marmande", "Villeneuve-sur-Lot")),
    "64": ("nouvelle-aquitaine", ("Pau", "Bayonne", "Oloron-Sainte-Marie", "Orthez")),
    "79": ("nouvelle-aquitaine", ("Niort", "Bressuire", "Parthenay")),
    "86": ("nouvelle-aquitaine", ("Poitiers", "Châtellerault", "Loudun")),
    "87": ("nouvelle-aquitaine", ("Limoges", "Saint-Junien", "Saint-Yrieix-la-Perche")),
    "09": ("occitanie", ("Foix", "Pamiers", "Saint-Girons")),
    "11": ("occitanie", ("Carcassonne", "Narbonne", "Castelnaudary")),
    "12": ("occitanie", ("Rodez", "Millau", "Villefranche-de-Rouergue")),
    "30": ("occitanie", ("Nîmes", "Alès", "Bagnols-sur-Cèze")),
    "31": ("occitanie", ("Toulouse", "Saint-Gaudens", "Muret")),
    "32": ("occitanie", ("Auch", "Condom")),
    "34": ("occitanie", ("Montpellier", "Béziers", "Sète", "Lodève")),
    "46": ("occitanie", ("Cahors", "Figeac")),
    "48": ("occitanie", ("Mende", "Marvejols")),
    "65": ("occitanie", ("Tarbes", "Lourdes", "Lannemezan")),
    "66": ("occitanie", ("Perpignan", "Prades", "Céret")),
    "81": ("occitanie", ("Albi", "Castres", "Lavaur")),
    "82": ("occitanie", ("Montauban", "Moissac")),
    "44": ("pays-de-la-loire", ("Nantes", "Saint-Nazaire", "Châteaubriant", "Ancenis")),
    "49": ("pays-de-la-loire", ("Angers", "Cholet", "Saumur")),
    "53": ("pays-de-la-loire", ("Laval", "Mayenne", "Château-Gontier")),
    "72": ("pays-de-la-loire", ("Le Mans", "La Flèche", "Sablé-sur-Sarthe")),
    "85": ("pays-de-la-loire", ("La Roche-sur-Yon", "Les Sables-d'Olonne", "Fontenay-le-Comte", "Challans")),
    "04": ("provence-alpes-cote-d-azur", ("Digne-les-Bains", "Manosque", "Sisteron")),
    "05": ("provence-alpes-cote-d-azur", ("Gap", "Briançon", "Embrun")),
    "06": ("provence-alpes-cote-d-azur", ("Nice", "Cannes", "Grasse", "Antibes", "Menton")),
    "13": ("provence-alpes-cote-d-azur", ("Marseille", "Aix-en-Provence", "Arles", "Martigues", "Aubagne")),
    "83": ("provence-alpes-cote-d-azur", ("Toulon", "Hyères", "Draguignan", "Fréjus")),
    "84": ("provence-alpes-cote-d-azur", ("Avignon", "Carpentras", "Orange", "Cavaillon")),
    "971": ("guadeloupe", ("Pointe-à-Pitre", "Basse-Terre", "Les Abymes", "Capesterre-Belle-Eau")),
    "972": ("martinique", ("Fort-de-France", "Le Lamentin", "La Trinité")),
    "973": ("guyane", ("Cayenne", "Kourou", "Saint-Laurent-du-Maroni")),
    "974": ("la-reunion", ("Saint-Denis", "Saint-Pierre", "Saint-Paul", "Saint-Benoît")),
    "976": ("mayotte", ("Mamoudzou", "Dzaoudzi")),
}

# Region -> names of areas, with their article, for GHTs and some private establishments.
_AREAS: dict[str, tuple[str, ...]] = {
    "auvergne-rhone-alpes": ("des Alpes", "du Dauphiné", "du Forez", "du Vercors", "du Beaujolais",
                             "de Savoie", "du Livradois"),
    "bourgogne-franche-comte": ("du Morvan", "du Jura", "du Doubs", "de la Bresse", "de l'Auxois"),
    "bretagne": ("d'Armor", "de Cornouaille", "du Trégor", "du Léon", "de Brocéliande", "du Golfe"),
    "centre-val-de-loire": ("du Val de Loire", "de Sologne", "de Touraine", "du Berry", "du Perche"),
    "corse": ("de Balagne", "du Cap Corse", "de Castagniccia", "du Sartenais"),
    "grand-est": ("d'Alsace", "de Lorraine", "des Vosges", "de Champagne", "des Ardennes"),
    "hauts-de-france": ("des Flandres", "de l'Artois", "du Hainaut", "de Picardie", "de la Côte d'Opale"),
    "ile-de-france": ("de la Brie", "du Vexin français", "du Hurepoix", "de la Vallée de Chevreuse"),
    "normandie": ("du Cotentin", "du Pays d'Auge", "du Bocage", "de la Côte d'Albâtre", "du Vexin"),
    "nouvelle-aquitaine": ("du Périgord", "du Limousin", "des Landes", "du Béarn", "de Saintonge",
                           "du Poitou", "du Médoc"),
    "occitanie": ("du Languedoc", "des Cévennes", "du Quercy", "des Pyrénées", "du Rouergue",
                  "du Lauragais", "de Gascogne", "du Roussillon"),
    "pays-de-la-loire": ("de l'Anjou", "du Maine", "du Bocage vendéen", "de l'Estuaire", "des Mauges"),
    "provence-alpes-cote-d-azur": ("des Alpilles", "de Provence", "du Luberon", "de la Côte d'Azur",
                                   "des Alpes du Sud", "de la Durance"),
    "guadeloupe": ("de Basse-Terre", "de Grande-Terre", "des Îles du Sud"),
    "martinique": ("du Nord Caraïbe", "du Nord Atlantique", "du Sud Martinique"),
    "guyane": ("de l'Ouest guyanais", "des Savanes", "de l'Oyapock"),
    "la-reunion": ("de l'Est réunionnais", "du Sud réunionnais", "des Hauts"),
    "mayotte": ("de Petite-Terre", "du Nord de Mayotte"),
}

_SAINTS = (
    "Saint-Roch", "Saint-Joseph", "Sainte-Marie", "Saint-Jean", "Saint-Martin", "Sainte-Anne",
    "Saint-Vincent", "Saint-Michel", "Sainte-Thérèse", "Saint-Louis", "Sainte-Claire", "Saint-François",
    "Saint-Luc", "Saint-Augustin", "Sainte-Odile", "Saint-Georges", "Sainte-Geneviève", "Saint-Charles",
    "Saint-Benoît",
)
_PLACES = (
    "du Parc", "des Cèdres", "des Tilleuls", "du Mail", "du Belvédère", "des Lilas", "de l'Esplanade",
    "de la Source", "du Val", "des Cordeliers", "du Château", "des Peupliers", "de la Croix-Blanche",
    "des Jardins", "du Lac", "des Remparts", "de la Roseraie", "du Grand Large",
)
_COMPASS = ("Nord", "Sud", "Est", "Ouest")
_TYPE_WEIGHTS = {
    "etablissement-public": 44, "espic": 19, "prive-lucratif": 27, "ght": 5, "federation": 1,
    "association-patients": 1, "editeur": 1, "autre": 2,
}
_ROLE_WEIGHTS = {
    "dpo": 34, "medecin-dim": 18, "rssi": 16, "dsi": 14, "direction": 10, "juriste": 5, "autre": 3,
}
_ROLE_LABELS = {
    "dpo": "DPO", "medecin-dim": "Médecin DIM", "dsi": "DSI", "rssi": "RSSI", "direction": "Direction",
    "juriste": "Service juridique", "autre": "Cellule qualité",
}
_MAILBOXES = {
    "dpo": "dpo", "medecin-dim": "dim", "dsi": "dsi", "rssi": "rssi", "direction": "direction",
    "juriste": "juridique", "autre": "qualite",
}
_STOPWORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous"}
_VOWELS = "AEIOUYÀÂÉÈÊÎÔÛ"


def _of(place: str) -> str:
    """'de' + place with French elision and contraction: d'Agen, du Mans, des Sables-d'Olonne."""
    if place.startswith("Le "):
        return "du " + place[3:]
    if place.startswith("Les "):
        return "des " + place[4:]
    return f"d'{place}" if place[0] in _VOWELS else f"de {place}"


def _slug(text: str) -> str:
    spaced = re.sub(r"['’–—()]", " ", text)
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii").lower()
    return "-".join(w for w in re.split(r"[^a-z0-9]+", ascii_text) if w and w not in _STOPWORDS)


def _name(rng: random.Random, kind: str, department: str) -> tuple[str, str]:
    """(full name, short name) of an invented organisation of this kind in this department."""
    region, towns = DEPARTMENTS[department]
    town = rng.choice(towns)
    area = rng.choice(_AREAS.get(region, ("du Territoire",)))
    of_town = _of(town)
    if kind == "etablissement-public":
        other = rng.choice([t for t in towns if t != town] or [town])
        options = [
            (f"Centre hospitalier {of_town}", f"CH {of_town}"),
            (f"Centre hospitalier {of_town}-{rng.choice(_COMPASS)}", ""),
            (f"Centre hospitalier intercommunal {of_town}-{other}", f"CHI {of_town}-{other}"),
            (f"Centre hospitalier spécialisé {of_town}", f"CHS {of_town}"),
            (f"Établissement public de santé mentale {area}", f"EPSM {area}"),
            (f"Hôpital de proximité {of_town}", ""),
            (f"Centre hospitalier universitaire {of_town}", f"CHU {of_town}"),
        ]
        full, short = rng.choices(options, weights=(40, 12, 10, 8, 6, 14, 4))[0]
        short = short or full.replace("Centre hospitalier", "CH")
    elif kind == "espic":
        full = rng.choice((
            f"Hôpital {rng.choice(_SAINTS)} {of_town}",
            f"Centre de lutte contre le cancer {area}",
            f"Institut de cancérologie {of_town}",
            f"Groupe hospitalier mutualiste {of_town}",
            f"Centre de rééducation fonctionnelle {area}",
            f"Fondation hospitalière {rng.choice(_PLACES)} ({town})",
        ))
        short = full.replace("Centre de lutte contre le cancer", "CLCC").replace(
            "Groupe hospitalier mutualiste", "GHM")
    elif kind == "prive-lucratif":
        full = rng.choice((
            f"Clinique {rng.choice(_SAINTS)} {of_town}",
            f"Clinique {rng.choice(_SAINTS)} {area}",
            f"Clinique {rng.choice(_PLACES)} ({town})",
            f"Polyclinique {of_town}",
            f"Polyclinique {rng.choice(_PLACES)} ({town})",
            f"Hôpital privé {of_town}",
            f"Hôpital privé {area}",
        ))
        short = full
    elif kind == "ght":
        other = rng.choice([t for t in towns if t != town] or [town])
        full = rng.choice((f"GHT {area}", f"GHT {town}-{rng.choice(_COMPASS)}", f"GHT {town}–{other}"))
        short = full
    elif kind == "association-patients":
        full = rng.choice((f"Association des usagers de la santé {area}",
                           f"Collectif de patients {of_town}"))
        short = full
    elif kind == "editeur":
        stem = rng.choice(("Hospi", "Medi", "Clini", "Santi", "Dossia", "Cura"))
        suffix = rng.choice(("link", "data", "log", "soft", "net"))
        full = f"{stem}{suffix} {rng.choice(('Santé', 'Systèmes'))}"
        short = full
    elif kind == "federation":
        full = f"Union régionale des établissements de santé {area}"
        short = f"URES {area}"
    else:
        full = rng.choice((f"Centre de santé {of_town}", f"EHPAD {rng.choice(_SAINTS)} {of_town}",
                           f"Syndicat interhospitalier {area}",
                           f"Groupement de coopération sanitaire {area}"))
        short = full.replace("Groupement de coopération sanitaire", "GCS")
    return full.replace("'", "’"), short.replace("'", "’")


def _finess(rng: random.Random, department: str) -> str:
    digits = 9 - len(department)
    return department + "".join(str(rng.randrange(10)) for _ in range(digits))


def _roles(rng: random.Random) -> tuple[str, ...]:
    count = rng.choices((1, 2, 3), weights=(60, 30, 10))[0]
    picked: list[str] = []
    while len(picked) < count:
        role = rng.choices(tuple(_ROLE_WEIGHTS), weights=tuple(_ROLE_WEIGHTS.values()))[0]
        if role not in picked:
            picked.append(role)
    return tuple(picked)


def _author(roles: tuple[str, ...], short: str) -> str:
    labels = [_ROLE_LABELS[role] for role in roles]
    joined = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " et " + labels[-1]
    return f"{joined} — {short}"


def _email(rng: random.Random, roles: tuple[str, ...], short: str) -> str | None:
    if rng.random() < 0.12:
        return None
    mailbox = _MAILBOXES[roles[0]] if rng.random() < 0.8 else "contact"
    return f"{mailbox}@{_slug(short)}.example.fr"


def member_identities(rng: random.Random, count: int) -> list[MemberIdentity]:
    """`count` members with distinct organisation names, deterministic for a given rng state."""
    departments = tuple(DEPARTMENTS)
    weights = tuple(len(towns) for _, towns in DEPARTMENTS.values())
    kinds, kind_weights = tuple(_TYPE_WEIGHTS), tuple(_TYPE_WEIGHTS.values())
    used: set[str] = set()
    members: list[MemberIdentity] = []
    for _ in range(count):
        kind = rng.choices(kinds, weights=kind_weights)[0]
        for _attempt in range(30):
            department = rng.choices(departments, weights=weights)[0]
            full, short = _name(rng, kind, department)
            if full not in used:
                break
        else:  # rare: every draw collided, so tell this one apart by a site name
            site = 2
            while f"{full} — site n° {site}" in used:
                site += 1
            full, short = f"{full} — site n° {site}", f"{short} (site n° {site})"
        used.add(full)
        national = kind in ("association-patients", "editeur") and rng.random() < 0.5
        has_finess = kind not in ("association-patients", "editeur", "federation")
        finess = _finess(rng, department) if has_finess and rng.random() >= 0.1 else None
        roles = _roles(rng)
        members.append(MemberIdentity(
            organisation=full,
            type=kind,
            roles=roles,
            finess=finess,
            region="national" if national else DEPARTMENTS[department][0],
            email=_email(rng, roles, short),
            author=_author(roles, short),
        ))
    return members


_FEDERATIONS = (
    ("Fédération nationale des établissements de santé de proximité", "FNESP"),
    ("Union nationale des hôpitaux et cliniques solidaires", "UNHCS"),
    ("Conférence nationale des établissements de soins territoriaux", "CNEST"),
    ("Alliance nationale des établissements de santé indépendants", "ANESI"),
    ("Fédération nationale des établissements de soins à but non lucratif", "FNESBNL"),
)


def federation_identity(rng: random.Random) -> MemberIdentity:
    """A fictional national federation of health establishments."""
    full, short = rng.choice(_FEDERATIONS)
    return MemberIdentity(
        organisation=full,
        type="federation",
        roles=("direction", "dpo"),
        finess=None,
        region="national",
        email=f"contact@{short.lower()}.example.fr",
        author=f"Délégation nationale — {short}",
    )
