#!/usr/bin/env python3
"""Writes a synthetic HR-XML 2.x feed of N candidates shaped like resume-parser output
(about 7 KB each: names, several contact methods, 3-5 positions with descriptions,
education, 5-10 competencies with evidence; some non-ASCII). Deterministic for a given N.

usage: feedgen.py N OUTPUT.xml
"""
import random
import sys

GIVEN = ["Anna", "Zoë", "José", "Łukasz", "Søren", "Amélie", "Kwame", "Priya", "Mateo", "Yuki", "Oluwaseun", "Ingrid", "Chen", "Fatima", "Noah"]
FAMILY = ["Müller", "García", "Nowak", "Ødegård", "Dubois", "Mensah", "Raman", "Rossi", "Tanaka", "Adébáyọ̀", "Larsen", "Wang", "Haddad", "Smith", "O'Brien"]
CITIES = [("München", "BY", "DE"), ("Lyon", "ARA", "FR"), ("Kraków", "MA", "PL"), ("Austin", "TX", "US"), ("Malmö", "M", "SE")]
EMPLOYERS = ["Acme Logistics", "Globex Software", "Initech GmbH", "Umbrella Médical", "Stark Industries", "Wayne Enterprises", "Hooli", "Soylent Foods"]
TITLES = ["Account Executive", "Sales Development Representative", "Customer Success Manager", "Regional Sales Manager", "Inside Sales Rep"]
SKILLS = ["Prospecting", "Discovery", "Negotiation", "Salesforce", "Forecasting", "Cold calling", "Presentation", "Objection handling", "Pipeline management", "Closing", "HubSpot", "Territory planning"]
BLURB = ("Managed a portfolio of mid-market accounts, ran discovery calls, built mutual action plans and "
         "closed new business against quota; coached two junior reps and kept the CRM clean &amp; current. ")


def candidate(i, rng):
    g, f = rng.choice(GIVEN), rng.choice(FAMILY).replace("'", "&apos;")
    city, region, country = rng.choice(CITIES)
    out = [f'<Resume><ResumeId><IdValue>GEN-{i:07d}</IdValue></ResumeId><StructuredXMLResume><ContactInfo>',
           f'<PersonName><FormattedName>{g} {f}</FormattedName><GivenName>{g}</GivenName><FamilyName>{f}</FamilyName></PersonName>',
           f'<ContactMethod><Use>personal</Use><InternetEmailAddress>cand{i}@example.com</InternetEmailAddress></ContactMethod>',
           f'<ContactMethod><Mobile><FormattedNumber>+49 151 {i % 10000:04d} {i % 997:03d}</FormattedNumber></Mobile></ContactMethod>',
           f'<ContactMethod><Telephone><FormattedNumber>+49 89 {i % 100000:05d}</FormattedNumber></Telephone></ContactMethod>',
           f'<ContactMethod><PostalAddress type="undefined"><CountryCode>{country}</CountryCode><Region>{region}</Region><Municipality>{city}</Municipality></PostalAddress></ContactMethod>',
           '</ContactInfo>',
           f'<ExecutiveSummary>{BLURB}</ExecutiveSummary><EmploymentHistory>']
    for p in range(rng.randint(3, 5)):
        start = 2024 - 3 * p - 3
        end = '<AnyDate>notApplicable</AnyDate>' if p == 0 else f'<AnyDate>{start + 3}-01-01</AnyDate>'
        out.append(f'<EmployerOrg><EmployerOrgName>{rng.choice(EMPLOYERS)}</EmployerOrgName><PositionHistory positionType="directHire">'
                   f'<Title>{rng.choice(TITLES)}</Title><OrgName><OrganizationName>{rng.choice(EMPLOYERS)}</OrganizationName></OrgName>'
                   f'<Description>{BLURB * 2}</Description><StartDate><AnyDate>{start}-02-01</AnyDate></StartDate><EndDate>{end}</EndDate>'
                   '</PositionHistory></EmployerOrg>')
    out.append('</EmploymentHistory><EducationHistory><SchoolOrInstitution schoolType="university"><School><SchoolName>Universität Wien</SchoolName></School>'
               '<Degree degreeType="bachelors"><DegreeName>B.A.</DegreeName><DegreeDate><AnyDate>2012-07-01</AnyDate></DegreeDate>'
               '<DegreeMajor><Name>Business Administration</Name></DegreeMajor><Comments>Graduated with honours.</Comments></Degree></SchoolOrInstitution></EducationHistory><Qualifications>')
    for s in rng.sample(SKILLS, rng.randint(5, 10)):
        months = rng.randint(6, 120)
        out.append(f'<Competency name="{s}"><CompetencyId id="{SKILLS.index(s) * 7919:06d}"/><TaxonomyId id="105" idOwner="20" description="Parser"/>'
                   f'<CompetencyEvidence name="{s}" typeDescription="Found in WORK HISTORY; POS-1; POS-2" lastUsed="2024-05-01">'
                   f'<NumericValue description="Total Months">{months}</NumericValue></CompetencyEvidence>'
                   '<CompetencyWeight><NumericValue minValue="0" maxValue="100">50</NumericValue></CompetencyWeight></Competency>')
    out.append('</Qualifications></StructuredXMLResume><UserArea><ParserInfo version="7.1">resume parser output</ParserInfo></UserArea></Resume>\n')
    return ''.join(out)


def main():
    n, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<Candidates xmlns="http://ns.hr-xml.org/2006-02-28">\n')
        for i in range(n):
            f.write(candidate(i, rng))
        f.write('</Candidates>\n')


if __name__ == '__main__':
    main()
