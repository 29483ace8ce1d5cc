// Plausible, deliberately international name and place lists for a European web shop. A few
// names carry apostrophes, accents, commas and quotes so that CSV quoting gets exercised.

export const FEMALE_FIRST_NAMES = [
  "Anna", "Emma", "Sophie", "Laura", "Julia", "Marie", "Lena", "Sara", "Clara", "Hannah",
  "Chloé", "Inès", "Lucía", "Martina", "Giulia", "Francesca", "Aoife", "Siobhán", "Freja", "Ingrid",
  "Olivia", "Amelia", "Zoë", "Maja", "Eva", "Nora", "Amira", "Yasmin", "Mei", "Priya",
] as const;

export const MALE_FIRST_NAMES = [
  "Lukas", "Jonas", "Finn", "Paul", "Max", "Felix", "Noah", "Elias", "Leon", "David",
  "Hugo", "Louis", "Mateo", "Pablo", "Lorenzo", "Marco", "Seán", "Cian", "Lars", "Erik",
  "Oliver", "Jack", "Tomás", "Jan", "Ömer", "Karim", "Yusuf", "Arjun", "Kenji", "Sami",
] as const;

export const NEUTRAL_FIRST_NAMES = ["Alex", "Robin", "Sam", "Charlie", "Kim", "Luca", "Noa", "Jo"] as const;

export const LAST_NAMES = [
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch",
  "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Peeters", "Janssens", "Dubois", "Martin", "Bernard",
  "Moreau", "Lefèvre", "García", "Fernández", "López", "Martínez", "Rossi", "Russo", "Bianchi", "Romano",
  "Murphy", "O'Brien", "O'Sullivan", "Kelly", "Walsh", "Hansen", "Nielsen", "Jensen", "Andersson", "Johansson",
  "Novak", "Kowalski", "Nowak", "Horváth", "Yılmaz", "Demir", "Haddad", "Nguyen", "Tanaka", "Patel",
] as const;

/** [city, country (ISO 3166-1 alpha-2), relative weight] */
export const CITIES: readonly (readonly [string, string, number])[] = [
  ["Berlin", "DE", 9], ["Hamburg", "DE", 5], ["Munich", "DE", 5], ["Cologne", "DE", 4], ["Leipzig", "DE", 2],
  ["Amsterdam", "NL", 6], ["Rotterdam", "NL", 3], ["Utrecht", "NL", 2],
  ["Brussels", "BE", 3], ["Antwerp", "BE", 2], ["Ghent", "BE", 1],
  ["Paris", "FR", 6], ["Lyon", "FR", 3], ["Bordeaux", "FR", 2],
  ["Vienna", "AT", 4], ["Graz", "AT", 1],
  ["Dublin", "IE", 3], ["Cork", "IE", 1],
  ["Madrid", "ES", 4], ["Barcelona", "ES", 4], ["Valencia", "ES", 2],
  ["Milan", "IT", 3], ["Rome", "IT", 3], ["Turin", "IT", 1],
  ["Copenhagen", "DK", 3], ["Aarhus", "DK", 1],
  ["Stockholm", "SE", 3], ["Gothenburg", "SE", 1],
  ["Warsaw", "PL", 2], ["Prague", "CZ", 2], ["Lisbon", "PT", 2], ["Zurich", "CH", 2],
];

/** [occupation, median yearly income in euros] */
export const OCCUPATIONS: readonly (readonly [string, number])[] = [
  ["Software developer", 62000], ["Teacher", 44000], ["Nurse", 38000], ["Student", 9000],
  ["Graphic designer", 39000], ["Accountant", 52000], ["Physician", 95000], ["Lawyer", 82000],
  ["Sales manager", 61000], ["Barista", 24000], ["Engineer", 60000], ["Marketing specialist", 46000],
  ["Retired", 28000], ["Entrepreneur", 70000], ["Architect", 55000], ["Researcher", 50000],
  ["Consultant", 68000], ["Chef", 32000], ["Photographer", 33000], ["Civil servant", 47000],
];

export const EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com"] as const;

export const ACQUISITION_CHANNELS = ["organic_search", "social", "referral", "newsletter", "paid_ads"] as const;
export const DEVICES = ["mobile", "desktop", "tablet"] as const;

/** What people type into the shop's search box. */
export const SEARCH_QUERIES = [
  "espresso", "decaf", "grinder", "pour over", "filters", "matcha", "green tea", "teapot", "gift",
  "gift card", "mug", "travel mug", "cold brew", "chai", "descaler", "sale", "discount", "kettle",
  "ethiopia", "oat milk", "chocolate", "subscription",
] as const;
