"""Makes samples/council-briefing.docx with python-docx (Debian 12 python3-docx 0.8.11):
a running header and footer, Title and Heading styles, style-based bullet and numbered lists
(List Bullet / List Number carry their numbering in the style, not the paragraph), a table,
and core properties. Run from samples/: /usr/bin/python3 sources/make-briefing-docx.py"""
import datetime
import docx

d = docx.Document()
section = d.sections[0]
section.header.paragraphs[0].text = "Conseil du comté — Note interne / County Council — Internal note"
section.footer.paragraphs[0].text = "Diffusion restreinte · Restricted circulation"

d.add_paragraph("Réouverture du port d'Ellery", style="Title")
d.add_heading("Situation", level=1)
d.add_paragraph(
    "Le port a rouvert le lundi 14 octobre 2024, trois jours après la tempête Agnes. "
    "La digue est a cédé sur une trentaine de mètres.")
d.add_heading("Travaux prioritaires", level=2)
for item in ["Reconstruire la section effondrée de la digue est.",
             "Remplacer deux feux de navigation.",
             "Draguer le bassin intérieur."]:
    d.add_paragraph(item, style="List Number")
d.add_heading("Points de vigilance", level=2)
for item in ["Coût total encore inconnu.", "Réunion publique le 21 octobre."]:
    d.add_paragraph(item, style="List Bullet")
table = d.add_table(rows=3, cols=2)
for r, (a, b) in enumerate([("Poste", "Coût estimé (€)"), ("Digue est", "2 400 000"), ("Dragage", "310 000")]):
    table.cell(r, 0).text = a
    table.cell(r, 1).text = b
d.add_paragraph("Tableau 1 : estimations provisoires du service technique.", style="Caption")
d.add_heading("港口重新开放", level=1)
d.add_paragraph("东港码头于10月14日恢复通航，首班渡轮7时15分驶离码头。")

d.core_properties.title = "Réouverture du port d'Ellery — note au conseil"
d.core_properties.author = "Service technique du comté"
d.core_properties.created = datetime.datetime(2024, 10, 15, 8, 0, 0)
d.core_properties.modified = datetime.datetime(2024, 10, 15, 8, 0, 0)
d.core_properties.last_modified_by = "Service technique du comté"
d.save("council-briefing.docx")
