namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// The kinds of employer (never named companies) where an occupation's ISCO-08 group usually works, and where they
/// advertise. The most specific prefix wins: a unit or sub-major group ("22" health professionals), else the major group.
/// </summary>
internal static class EmployerKinds
{
    private static readonly (string IscoPrefix, Sector[] Kinds)[] Table =
    [
        ("22", [Kind("isco-22-hospitals", "Hospitals, clinics and health systems", "Hospital and health-system careers pages", "The public health service's national job portal"),
                Kind("isco-22-care", "Care homes, community care and home-care providers", "Care providers' own vacancy pages", "Regional health and social-care job boards")]),
        ("32", [Kind("isco-32-health", "Hospitals, pharmacies, laboratories and care providers", "Health employers' careers pages", "The public health service's job portal")]),
        ("23", [Kind("isco-23-schools", "Schools, colleges and universities", "The education ministry's or region's teaching-vacancy portal", "Schools' and colleges' own careers pages"),
                Kind("isco-23-training", "Training providers and adult-education centres", "Training providers' vacancy pages", "Adult-education networks' newsletters")]),
        ("25", [Kind("isco-25-software", "Software product companies and IT service firms", "Tech job boards filtered by city and company size", "Local tech meetups, where speakers' employers often hire"),
                Kind("isco-25-inhouse", "In-house IT and data teams of banks, retailers, public bodies and hospitals", "Large employers' careers pages", "The public-sector recruitment portal")]),
        ("35", [Kind("isco-35-it", "IT service providers, help desks and in-house IT departments", "General job boards searched for the role in your city", "Managed-service firms' careers pages")]),
        ("24", [Kind("isco-24-business", "Companies' finance, HR, sales and administration departments", "General job boards and LinkedIn, filtered by function", "Professional bodies' job boards"),
                Kind("isco-24-advisory", "Accounting, consulting and advisory firms", "Firms' graduate and experienced-hire pages", "Professional bodies' events")]),
        ("26", [Kind("isco-26-legal-social", "Law firms, public services, NGOs and cultural organisations", "The organisations' own careers pages", "Sector job boards for public service and NGOs")]),
        ("21", [Kind("isco-21-engineering", "Engineering, construction and manufacturing companies, and consultancies", "Engineering job boards and professional institutions' listings", "Trade fairs' exhibitor lists")]),
        ("31", [Kind("isco-31-technical", "Manufacturing plants, utilities, construction and laboratories", "Industrial employers' careers pages", "Vocational schools' employer contacts")]),
        ("34", [Kind("isco-34-community", "Social services, community organisations, sports clubs and cultural venues", "Municipal and charity vacancy pages", "Volunteer centres' listings, a common first step into paid roles")]),
        ("1",  [Kind("isco-1-management", "Organisations of the sector you manage in, from SMEs to large companies and public bodies", "Executive and management job boards", "Specialist recruiters for management roles — check they never charge you")]),
        ("4",  [Kind("isco-4-offices", "Offices of companies and public bodies, and temporary-staffing agencies", "General job boards and the public employment service", "Temporary-staffing agencies, which often lead to permanent posts")]),
        ("51", [Kind("isco-51-hospitality", "Hotels, restaurants, cafés and catering companies", "Hospitality job boards and the venues' own notices", "Asking in person: many venues hire without advertising")]),
        ("52", [Kind("isco-52-retail", "Shops, supermarkets and retail chains", "Retail chains' careers pages", "Shop-window notices and the public employment service")]),
        ("53", [Kind("isco-53-care", "Care homes, home-care providers, nurseries and schools", "Care providers' vacancy pages", "The public employment service and local council listings")]),
        ("54", [Kind("isco-54-security", "Security firms, public services and facilities", "Security companies' careers pages", "Public-service recruitment portals")]),
        ("6",  [Kind("isco-6-land", "Farms, nurseries, forestry and fishing businesses", "Agricultural job boards and cooperatives", "Seasonal-work schemes and local farming associations")]),
        ("7",  [Kind("isco-7-trades", "Building, installation and repair firms, and workshops", "Trade job boards and the public employment service", "Trade associations and apprenticeship schemes")]),
        ("8",  [Kind("isco-8-operations", "Factories, logistics firms and transport operators", "Industrial and logistics job boards", "Temporary-staffing agencies for industry and logistics")]),
        ("9",  [Kind("isco-9-services", "Cleaning, logistics, hospitality and facilities-services companies", "The public employment service and general job boards", "Temporary-staffing agencies")]),
        ("0",  [Kind("isco-0-armed-forces", "The armed forces", "The armed forces' official recruitment site", "Recruitment offices and open days")]),
        ("2",  [Kind("isco-2-professional", "Professional firms, public bodies and large organisations employing the profession", "Professional bodies' job boards", "The organisations' own careers pages")]),
        ("3",  [Kind("isco-3-associate", "Companies, public bodies and service providers employing technicians in the field", "General and sector job boards", "Vocational schools' employer contacts")]),
        ("5",  [Kind("isco-5-services", "Service and sales businesses", "General job boards and the public employment service", "Asking in person at local businesses")]),
    ];

    /// <summary>Every employer kind in the table.</summary>
    public static IEnumerable<Sector> All => Table.SelectMany(t => t.Kinds);

    /// <summary>The employer kinds for an ISCO-08 group code; every code starts with a major group the table lists.</summary>
    public static IReadOnlyList<Sector> For(string iscoGroup) =>
        Table.Where(t => iscoGroup.StartsWith(t.IscoPrefix, StringComparison.Ordinal))
            .OrderByDescending(t => t.IscoPrefix.Length).Select(t => t.Kinds).FirstOrDefault() ?? [];

    private static Sector Kind(string key, string kind, params string[] howToFind) => new(key, kind, [], howToFind);
}
