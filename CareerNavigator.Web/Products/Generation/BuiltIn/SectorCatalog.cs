namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>A kind of employer (never a named company), the words in a user's goals that point to it, and where such employers advertise.</summary>
internal sealed record Sector(string Key, string Kind, string[] GoalWords, string[] HowToFind);

/// <summary>
/// The kinds of employer a user's own goal words point to ("edtech", "children's hospital"); it is short and
/// general on purpose; employers are always described by kind, so nothing here can be an invented company.
/// </summary>
internal static class SectorCatalog
{
    public static IReadOnlyList<Sector> All { get; } =
    [
        new("edtech", "Education technology (edtech) companies", ["edtech", "education technology", "e-learning", "learning outcomes"],
            ["Job boards and LinkedIn searches combining the role with \"edtech\" or \"e-learning\"", "Edtech start-up communities, accelerators and demo days", "Education-innovation conferences and their exhibitor lists"]),
        new("education", "Schools, colleges and universities", ["education", "schools", "teaching", "teacher"],
            ["The institutions' own careers pages and the education ministry's or regional job portal", "University and school-network newsletters", "Former colleagues in education who know where teams are hiring"]),
        new("children", "Children's hospitals and paediatric units", ["children's hospital", "paediatric", "pediatric", "neonatal"],
            ["Hospital careers pages, filtered for paediatric and neonatal wards", "The public health service's national job portal in each country you target", "Specialist nurse recruiters — check they are licensed and never pay a placement fee"]),
        new("health", "Hospitals, clinics and health systems", ["health", "hospital", "clinic", "care home"],
            ["Hospital and health-system careers pages", "The public health service's national job portal", "Professional nursing or health-informatics associations' job boards"]),
        new("ngo", "NGOs, charities and international development organisations", ["ngo", "non-profit", "nonprofit", "charity", "international development", "across africa"],
            ["Sector job boards for NGOs and international development", "The organisations' own careers pages and volunteer programmes", "Sector networks and events where programme teams present their work"]),
        new("public", "Public-sector bodies and agencies", ["public-sector", "public sector", "government", "ministry", "public health"],
            ["The government's official recruitment portal", "Agencies' and statistics offices' own vacancy pages", "Graduate and fellowship schemes for public service"]),
        new("logistics", "Logistics and supply-chain technology companies", ["logistics", "supply chain", "shipment", "shipping"],
            ["Job boards and LinkedIn searches combining the role with \"logistics\" or \"supply chain\"", "Logistics and transport industry events", "Engineering blogs and meetups of logistics platforms"]),
        new("payments", "Payments and financial-technology companies", ["payments", "fintech", "banking"],
            ["Job boards and LinkedIn searches combining the role with \"payments\" or \"fintech\"", "Fintech meetups and industry associations", "Engineering blogs of payments companies, which often link to their open roles"]),
        new("product", "Software product companies and scale-ups", ["product company", "saas", "scale-up", "startup", "start-up", "platform"],
            ["Tech job boards and LinkedIn searches filtered by company size and location", "Local tech meetups and conferences (speakers' employers are hiring more often than not)", "Start-up and scale-up directories for your city"]),
        new("it", "IT service providers and in-house IT departments", ["it support", "help desk", "helpdesk", "computers", "computer"],
            ["General job boards searched for \"IT support\" or \"service desk\" in your city", "Managed-service and IT-outsourcing firms' careers pages", "Schools, hospitals and councils, which run their own IT help desks"]),
        new("music", "Recording studios, music venues and event-production companies", ["music", "sound engineering", "recording studio", "live sound", "concert"],
            ["Venues' and event companies' crew call-outs and volunteer lists", "Local musicians' and sound technicians' online groups", "Community radio stations and theatres, which train volunteers"]),
        new("community", "Youth centres, community organisations and social services", ["youth", "community", "social work", "helping people", "helping profession"],
            ["Municipal social-services and youth-centre vacancy pages", "Volunteer centres' listings (a common first step into paid roles)", "Local charities' noticeboards and newsletters"]),
        // Fallbacks for goals that point to no sector: never matched by goal words.
        new("trainee", "Large employers with graduate, trainee or apprenticeship programmes", [],
            ["The employers' early-careers pages, which open applications once or twice a year", "University and college careers services' employer lists", "Public employment service listings for trainee and apprenticeship places"]),
        new("local", "Small and medium-sized local businesses", [],
            ["Local job boards and the public employment service", "Chambers of commerce and business networks' member directories", "Asking directly: many small employers hire without advertising"]),
    ];

    public static Sector ByKey(string key) => All.First(s => s.Key == key);
}
