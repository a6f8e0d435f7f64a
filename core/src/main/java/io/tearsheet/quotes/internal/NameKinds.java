package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.Set;

/** What a proper name's last word suggests it names: "… Herald" a publication, "… Ministry" an organisation. */
final class NameKinds {
    private static final Set<String> PUBLICATION = Lexicon.of("Times", "Post", "Herald", "Journal", "Gazette", "Courier",
            "Tribune", "Chronicle", "Observer", "Telegraph", "Daily", "News", "Press", "Review", "Monitor", "Standard",
            "Globe", "Mail", "Express", "Independent", "Guardian", "Record", "Register", "Bulletin", "Sentinel",
            "Dispatch", "Inquirer", "Examiner", "Ledger", "Reuters", "Xinhua", "Tass", "TASS", "Bloomberg", "AFP",
            "Pao", "Bao", "Shimbun", "Zeitung", "Gazeta", "Pravda", "Izvestia", "Magazine", "Weekly", "Economist",
            "Advertiser", "Enquirer", "Messenger", "Mirror", "Sun", "Star", "Clarion", "Recorder", "Leader", "Voice",
            "Broadcasting", "Radio", "Television", "TV");
    private static final Set<String> ORGANIZATION = Lexicon.of("Ministry", "Department", "Agency", "Office", "Council",
            "Government", "Administration", "Company", "Co.", "Corporation", "Corp.", "Inc.", "Inc", "Ltd", "Ltd.",
            "LLC", "PLC", "plc", "Group", "Holdings", "Resources", "Bank", "Airlines", "Airways", "Motors", "Energy",
            "Mining", "Partners", "Capital", "Securities", "Technologies", "Systems", "Industries", "Foundation",
            "Trust", "Fund", "Association", "Institute", "University", "College", "School", "Hospital", "Party",
            "Commission", "Committee", "Board", "Authority", "Service", "Services", "Police", "Court", "Union",
            "Federation", "Society", "Museum", "Library", "Club", "Team", "Army", "Navy", "Embassy", "Church",
            "Organisation", "Organization", "Centre", "Center", "Unit", "Bureau", "Assembly", "Parliament",
            "Congress", "Senate", "Cooperative", "Co-operative", "Alliance", "Coalition", "Network", "Works",
            "Laboratories", "Labs", "Pharmaceuticals", "Insurance", "Railways", "Railway", "Brewery", "Bakery",
            "Observatory", "Station", "Exchange", "Reserve", "Treasury", "Secretariat", "Nations", "Forum",
            "Terminals", "Terminal", "Logistics", "Shipping", "Lines", "Ports", "Foods", "Brands", "Media", "Studios",
            "Entertainment", "Hotels", "Resorts", "Stores", "Markets", "Pharma", "Therapeutics", "Biotech", "Solutions",
            "Software", "Networks", "Communications", "Telecom", "Electric", "Power", "Petroleum", "Oil", "Steel",
            "Metals", "Chemicals", "Aerospace", "Automotive", "Construction", "Properties", "Estates", "Investments",
            "Ventures", "Enterprises", "Associates", "Consulting", "Airport", "Railroad", "Utilities", "Farms",
            "Mills", "Supermarkets", "Retail", "Finance", "Financial", "Bancorp", "Credit", "Motors", "Trading");

    private NameKinds() {
    }

    /** The kind a name's last word suggests, or null when it looks like a person's name. */
    static SourceKind of(String name) {
        if (name.contains("&")) {
            return SourceKind.ORGANIZATION; // "Dunmore & Pike", "Procter & Gamble"
        }
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        if (PUBLICATION.contains(last)) {
            return SourceKind.PUBLICATION;
        }
        for (String word : words) {
            if (ORGANIZATION.contains(word)) {
                return SourceKind.ORGANIZATION;
            }
        }
        return null;
    }
}
