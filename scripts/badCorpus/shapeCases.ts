/** Faults in a dataset's shape, ids and references, and fields the schema does not know. */
import type { Case, Fixture } from './types';
import { E, W, A } from './make';

const rename = (o: Fixture, from: string, to: string) => {
  o[to] = o[from];
  delete o[from];
};

export const SHAPE_CASES: Case[] = [
  E('format-missing', 'no format', '$.format', (d) => delete d.format),
  E('format-version', 'a future format version', '$.format', (d) => (d.format = 'traceline/2')),
  E('sources-missing', 'no sources', '$.sources', (d) => delete d.sources),
  E('sources-empty', 'an empty list of sources', '$.sources', (d) => (d.sources = [])),
  E('events-missing', 'no events', '$.events', (d) => delete d.events),
  E(
    'events-object',
    'events as an object',
    '$.events',
    (d) => (d.events = { shelling: d.events[0] }),
  ),
  E(
    'title-missing',
    'an event without a title',
    '$.events[0].title',
    (d) => delete d.events[0].title,
  ),
  E('title-empty', 'an empty dataset title', '$.title', (d) => (d.title = '')),
  E('title-boolean', 'a boolean as a title', '$.title', (d) => (d.title = true)),
  E(
    'title-too-long',
    'an event title of 201 characters',
    '$.events[0].title',
    (d) => (d.events[0].title = 'x'.repeat(201)),
  ),
  E(
    'category-unknown',
    'an unknown category',
    '$.events[0].category',
    (d) => (d.events[0].category = 'BOMB'),
  ),
  E(
    'category-lowercase',
    'a lowercase category',
    '$.events[0].category',
    (d) => (d.events[0].category = 'assault'),
  ),
  E(
    'role-unknown',
    'an unknown role',
    '$.events[0].participants[0].role',
    (d) => (d.events[0].participants[0].role = 'perpetrator'),
  ),
  E(
    'participants-empty',
    'an event without participants',
    '$.events[0].participants',
    (d) => (d.events[0].participants = []),
  ),
  E(
    'actor-unknown',
    'a participant that is not an actor',
    '$.events[0].participants[0].actor',
    (d) => (d.events[0].participants[0].actor = 'ghosts'),
    'unknown actor',
  ),
  E(
    'relation-from-unknown',
    'a relation from an unknown actor',
    '$.relations[0].from',
    (d) => (d.relations[0].from = 'ghosts'),
    'unknown actor',
  ),
  E(
    'relation-kind-unknown',
    'an unknown relation kind',
    '$.relations[0].kind',
    (d) => (d.relations[0].kind = 'hates'),
  ),
  E(
    'parent-self',
    'an actor that is its own parent',
    '$.actors[0].parent',
    (d) => (d.actors[0].parent = 'state'),
    'its own parent',
  ),
  E(
    'parent-cycle',
    'an affiliation cycle',
    '$.actors[0].parent',
    (d) => (d.actors[0].parent = 'army'),
    'cycle',
  ),
  E(
    'parent-unknown',
    'a parent that is not an actor',
    '$.actors[1].parent',
    (d) => (d.actors[1].parent = 'nobody'),
    'unknown actor',
  ),
  E(
    'duplicate-event-id',
    'two events with one id',
    '$.events[1].id',
    (d) => (d.events[1].id = 'shelling'),
    'duplicate id',
  ),
  E(
    'duplicate-id-across',
    'an event with an actor’s id',
    '$.events[0].id',
    (d) => (d.events[0].id = 'army'),
    'duplicate id',
  ),
  E('id-uppercase', 'an id with capitals', '$.events[0].id', (d) => (d.events[0].id = 'Shelling')),
  E(
    'id-too-long',
    'an id of 65 characters',
    '$.actors[0].id',
    (d) => (d.actors[0].id = 'a'.repeat(65)),
  ),
  E(
    'id-path-chars',
    'an id with slashes and dots',
    '$.events[0].id',
    (d) => (d.events[0].id = '../../etc'),
  ),
  E(
    'actor-kind-unknown',
    'an unknown actor kind',
    '$.actors[0].kind',
    (d) => (d.actors[0].kind = 'nation'),
  ),
  E(
    'country-lowercase',
    'a lowercase country code',
    '$.actors[0].country',
    (d) => (d.actors[0].country = 'abc'),
  ),
  E(
    'aliases-string',
    'aliases as a string',
    '$.actors[2].aliases',
    (d) => (d.actors[2].aliases = 'the rebellion'),
  ),
  E(
    'latitude-range',
    'a latitude of 91',
    '$.events[0].location.lat',
    (d) => (d.events[0].location = { name: 'The village', lat: 91, lon: 10 }),
  ),
  E(
    'latitude-string',
    'a latitude as a string',
    '$.events[0].location.lat',
    (d) => (d.events[0].location = { name: 'The village', lat: '34.0' }),
  ),
  E(
    'magnitude-zero',
    'a count of 0',
    '$.events[0].magnitude.count',
    (d) => (d.events[0].magnitude = { count: 0, qualifier: 'over', unit: 'shells' }),
  ),
  E(
    'magnitude-qualifier',
    'an unknown count qualifier',
    '$.events[0].magnitude.qualifier',
    (d) => (d.events[0].magnitude = { count: 3, qualifier: 'roughly', unit: 'shells' }),
  ),
  E('schema-number', 'a number as $schema', '$.$schema', (d) => (d.$schema = 1)),
  W(
    'misspelt-known',
    'the optional field "known" misspelt "konwn"',
    '$.events[0].konwn',
    (d) => rename(d.events[0], 'known', 'konwn'),
    'did you mean "known"',
  ),
  W(
    'misspelt-summary',
    'the optional field "summary" misspelt "sumary"',
    '$.events[0].sumary',
    (d) => (d.events[0].sumary = 'Shells fell.'),
    'did you mean "summary"',
  ),
  W(
    'miscased-shortname',
    'the field "shortName" written "shortname"',
    '$.actors[0].shortname',
    (d) => (d.actors[0].shortname = 'State'),
    'did you mean "shortName"',
  ),
  W(
    'misspelt-location',
    'the field "location" misspelt "loaction"',
    '$.events[0].loaction',
    (d) => (d.events[0].loaction = { name: 'The village' }),
    'did you mean "location"',
  ),
  W(
    'misspelt-confidence',
    'the field "confidence" misspelt "confidance"',
    '$.events[0].known.confidance',
    (d) => (d.events[0].known.confidance = 'high'),
    'did you mean "confidence"',
  ),
  W(
    'misspelt-relations',
    'the collection "relations" misspelt "relation"',
    '$.relation',
    (d) => rename(d, 'relations', 'relation'),
    'did you mean "relations"',
  ),
  W(
    'unknown-top-field',
    'an unknown field with no near name',
    '$.frobnicate',
    (d) => (d.frobnicate = 1),
    'unknown field',
  ),
  W(
    'unknown-evidence-field',
    'an unknown field in evidence',
    '$.events[0].evidence[0].page',
    (d) => (d.events[0].evidence[0].page = 3),
    'unknown field',
  ),
  A(
    'aliases-omitted',
    'aliases left out (they default to none)',
    (d) => delete d.actors[2].aliases,
  ),
  A('relations-omitted', 'relations left out (they default to none)', (d) => delete d.relations),
  A('no-events', 'a dataset with no events', (d) => {
    d.events = [];
    d.relations = [];
  }),
];
