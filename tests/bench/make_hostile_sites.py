#!/usr/bin/env python3
"""Writes one-entry sites whose entry is 1 MB of a hostile shape, for `make bench`.

Each shape is one that made almanac, cmark-gfm or a library below it take time or memory that
grows faster than the input (or one that might): a build of any of them must end, with pages or
with an error, in under 2 seconds. Usage: make_hostile_sites.py FOLDER
"""
import os
import sys

SIZE = 1 << 20
HEAD = '+++\ntitle = "Hostile"\ndate = 2025-01-01\nstarts = 2025-05-20\n'


def fill(unit):
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


# Markdown bodies: cmark-gfm's inline parser, its extensions, almanac's link and text checks.
BODIES = {
    'table-rows-of-64-cells': 'a|b\n-|-\n' + fill('|x' * 63 + '|\n'),
    'tables-many': fill('|a|\n|-|\n|b|\n\n'),
    'quotes-31-deep': fill('>' * 31 + ' q\n'),
    'lists-nested': fill(''.join('  ' * i + '- x\n' for i in range(16))),
    'open-brackets': fill('['),
    'open-images': fill('!['),
    'images-of-links': fill('![[]()'),
    'images-of-links-per-paragraph': fill('![[]()' * 500 + '\n\n'),
    'link-openers': fill('[a]('),
    'reference-links': '[a]: /u\n\n' + fill('[a] '),
    'reference-links-long-address': '[a]: /' + 'u' * 2000 + '\n\n' + fill('[a] ' * 200 + '\n\n'),
    'reference-definitions': fill('[a]: /u\n'),
    'footnote-references': '[^a]: x\n\n' + fill('[^a] ' * 200 + '\n\n'),
    'emphasis-stars': fill('*a'),
    'emphasis-underscores': fill('_a '),
    'emphasis-mixed': fill('*_**__'),
    'emphasis-nested': fill('*a _b '),
    'strikethrough': fill('~~a '),
    'backticks': fill('`a``'),
    'less-than': fill('<'),
    'less-than-spaced': fill('< '),
    'html-tags-open': fill('<a '),
    'html-comments-open': fill('<!--'),
    'autolinks-angle': fill('<http://a'),
    'autolinks-www': fill('www.a.'),
    'autolinks-email': fill('a@b.'),
    'autolinks-email-words': fill('a@b.' * 1000 + ' '),
    'character-references': fill('&#'),
    'named-references': fill('&amp'),
    'backslashes': fill('\\'),
    'hard-breaks': fill('a  \n'),
    'setext-headings': fill('a\n=\n'),
    'fenced-code-open': fill('```\n'),
    'russian-words': fill('слово '),
}

# Front matter: the TOML reader, term pages, slugs, charts' labels.
FRONT_MATTER = {
    'topics-many': 'topics = [' + ', '.join('"тема %d"' % i for i in range(60000)) + ']\n',
    'topic-of-half-a-million-letters': 'topics = ["' + 'а' * (SIZE // 2) + '"]\n',
    'summary-long': 'summary = "' + fill('слово ')[:SIZE - 20] + '"\n',
    'arrays-30-deep': 'extra = { a = [' + ', '.join(['[' * 30 + '1' + ']' * 30] * (SIZE // 63))
                      + '] }\n',
}


def write_site(folder, name, entry):
    content = os.path.join(folder, name, 'content', 'conferences')
    os.makedirs(content, exist_ok=True)
    with open(os.path.join(folder, name, 'almanac.toml'), 'w', encoding='utf-8') as f:
        f.write('title = "Hostile"\nbase_url = "https://example.org/"\n')
    with open(os.path.join(content, 'hostile.md'), 'w', encoding='utf-8') as f:
        f.write(entry)


def main():
    folder = sys.argv[1]
    for name, body in BODIES.items():
        write_site(folder, name, HEAD + '+++\n' + body)
    for name, fields in FRONT_MATTER.items():
        write_site(folder, name, HEAD + fields + '+++\nТекст.\n')


main()
