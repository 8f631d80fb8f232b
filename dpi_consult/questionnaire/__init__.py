"""The blank Word questionnaire for members without the app, and its import back into a draft."""
