#!/usr/bin/env python3
"""The lxml baseline: iterparse the feed and extract the fields hire import keeps
(id, names, emails, phones, location, employment, education, competencies with evidence)."""
import sys
from lxml import etree

NS = '{http://ns.hr-xml.org/2006-02-28}'


def text(el, path):
    found = el.find(path)
    return found.text.strip() if found is not None and found.text else None


def main():
    count = 0
    for _, el in etree.iterparse(sys.argv[1], tag=NS + 'Resume', resolve_entities=False, no_network=True):
        r = {'id': text(el, f'{NS}ResumeId/{NS}IdValue')}
        s = el.find(NS + 'StructuredXMLResume')
        ci = s.find(NS + 'ContactInfo')
        pn = ci.find(NS + 'PersonName')
        r['name'] = (text(pn, NS + 'FormattedName'), text(pn, NS + 'GivenName'), text(pn, NS + 'FamilyName'))
        r['emails'] = [e.text for e in ci.iter(NS + 'InternetEmailAddress')]
        r['phones'] = [e.text for e in ci.iter(NS + 'FormattedNumber')]
        r['city'] = text(ci, f'{NS}ContactMethod/{NS}PostalAddress/{NS}Municipality')
        r['jobs'] = [(text(p, NS + 'Title'), text(p, f'{NS}StartDate/{NS}AnyDate'), text(p, f'{NS}EndDate/{NS}AnyDate'))
                     for p in s.iter(NS + 'PositionHistory')]
        r['schools'] = [text(d, f'{NS}School/{NS}SchoolName') for d in s.iter(NS + 'SchoolOrInstitution')]
        r['competencies'] = [(c.get('name'), [(e.get('name'), text(e, NS + 'NumericValue')) for e in c.iter(NS + 'CompetencyEvidence')])
                             for c in s.iter(NS + 'Competency')]
        count += 1
        el.clear()
        while el.getprevious() is not None:
            del el.getparent()[0]
    print(count, 'records')


if __name__ == '__main__':
    main()
