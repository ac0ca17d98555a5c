project = "Port Ellery Harbour Notes"
author = "Port Ellery Harbour Office"
language = "en"
html_theme = "alabaster"
html_sidebars = {"**": ["about.html", "navigation.html", "relations.html", "searchbox.html"]}
