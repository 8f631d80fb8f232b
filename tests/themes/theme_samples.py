"""Synthetic French answers on known topics, for testing the themes engine with a known answer."""

from __future__ import annotations

import random

# Each topic's own words; no word belongs to two topics, so that topics are well separated.
TOPICS: dict[str, tuple[str, ...]] = {
    "archives": ("archivage", "versement", "bordereau", "élimination", "papier", "numérisation", "magasin",
                 "récolement"),
    "journaux": ("journalisation", "supervision", "alerte", "connexion", "illégitime", "horodatage", "audit",
                 "anomalie"),
    "budget": ("budget", "financement", "investissement", "subvention", "dépense", "tarif", "enveloppe",
               "amortissement"),
    "editeurs": ("éditeur", "logiciel", "développement", "fonctionnalité", "contrat", "feuille", "livraison",
                 "correctif"),
    "patients": ("affichage", "livret", "consentement", "opposition", "famille", "courrier", "accueil",
                 "brochure"),
}
TEMPLATES: tuple[str, ...] = (
    "Nous pensons que le {0} et la {1} doivent être revus.",
    "La question du {0} rejoint celle de la {1} et du {2}.",
    "Sans {0}, la {1} reste théorique dans notre établissement.",
    "Le {0} pose problème, tout comme le {1}.",
    "Il faudrait préciser le {0}, la {1} et le {2}.",
)
# Words every topic uses, so that the engine must look past them.
COMMON: tuple[str, ...] = ("recommandation", "fiche", "mesure", "établissement", "direction")


def topic_answer(rng: random.Random, topic: str) -> str:
    """Two or three sentences on one topic, and one sentence of words every answer uses."""
    words = TOPICS[topic]
    sentences = []
    for _ in range(rng.randint(2, 3)):
        template = rng.choice(TEMPLATES)
        sentences.append(template.format(*rng.sample(words, 3)))
    common = rng.sample(COMMON, 2)
    sentences.append(f"La {common[0]} et la {common[1]} comptent aussi.")
    return " ".join(sentences)


def topic_answers(topics: list[str], per_topic: int, seed: int = 1) -> tuple[list[str], list[str]]:
    """`per_topic` answers on each topic, shuffled; and the topic of each."""
    rng = random.Random(seed)
    pairs = [(topic_answer(rng, topic), topic) for topic in topics for _ in range(per_topic)]
    rng.shuffle(pairs)
    return [text for text, _ in pairs], [topic for _, topic in pairs]
