"""Longer articles written for the labelled set's site layouts (original text; events invented).

Real news articles run to several hundred words; these give the layouts bodies of that size, in
English, Russian and Arabic, beside the shorter ones of ``articles_en`` and ``articles_world``.
"""

ARTICLES = [
    dict(
        key="river-dredging", lang="en", host="www.thenationalcourier.example",
        title="Government approves £400m plan to dredge the River Aske after two winters of flooding",
        standfirst="Ministers say the work will protect 12,000 homes, but ecologists warn it could harm salmon runs.",
        byline="By Priya Lindqvist, Environment Correspondent", date="Published 3 February 2024, 07:15 GMT",
        body=[
            "The government has approved a £400 million programme to dredge and widen the lower River Aske, the first large flood-defence scheme in the valley since the 1970s, after two winters in which the river broke its banks in six towns.",
            "The environment secretary, Alan Mbeki, told parliament on Friday that work would begin in the summer and last four years. \"Families in the valley have waited too long. They have watched the water come through their front doors twice in eighteen months,\" he said.",
            "Engineers will remove about 1.8 million cubic metres of silt from a 30-kilometre stretch between Harrowby and the estuary, raise embankments at nine points and build two storage basins that can hold floodwater for up to three days.",
            "## Who pays",
            "Two thirds of the money comes from the national flood budget. The rest will be raised by the three councils along the river, which say they will have to borrow against future business rates to meet their share.",
            "Council leader Moira Fenwick said her authority supported the scheme but had not been told how the costs would be split. \"We are being asked to sign a cheque before we have seen the bill,\" she said.",
            "## Fears for salmon",
            "Ecologists have warned that dredging could destroy gravel beds where salmon spawn each autumn. The Aske Rivers Trust said numbers returning to the river had already fallen by a third in ten years.",
            "The trust's director, Owen Castell, said the plan treated the river \"as a drain rather than a living system\" and called for more money to be spent on planting woodland and restoring wetlands upstream, which slow the water before it reaches the towns.",
            "Officials said the scheme included £35 million for habitat work and that dredging would be paused between October and January to protect spawning fish.",
            "Residents in Harrowby, where more than 600 homes were flooded in December, gave the announcement a cautious welcome. Many are still living in rented accommodation while their houses dry out, and several said they had been unable to renew their insurance.",
            "\"Four years is a long time when you are sleeping at your sister's,\" said Janet Ruddock, 71, whose ground floor was under a metre of water. \"But at least now there is a date.\"",
        ],
    ),
    dict(
        key="heat-pump-grants", lang="en", host="www.weeklyperspective.example",
        title="The quiet revolution in the boiler cupboard",
        standfirst="Heat pumps were supposed to be a hard sell. In one northern town, they have become a point of pride.",
        byline="By Samuel Adeyemi", date="March 2024 issue",
        body=[
            "On a cold morning in Holmfirth Bridge, Ruth Calloway opens the door of what used to be her coal shed and points at a white box the size of a washing machine. \"That,\" she says, \"is the best thing I have bought since the car.\"",
            "Three years ago her terrace house was heated by a gas boiler that her late husband installed in 1994. Today it is one of more than 400 homes in the town fitted with an air-source heat pump under a scheme run by a local co-operative.",
            "The co-operative began with a public meeting in the upstairs room of a pub. Its founders, a retired electrician and a schoolteacher, wanted to know why so few of their neighbours had taken up national grants. The answers were familiar: installers were hard to find, the paperwork was baffling, and nobody knew anyone who had done it.",
            "## Neighbours first",
            "So the co-operative trained its own installers, negotiated a bulk price for equipment and, crucially, asked the first households to open their homes to visitors. On Saturday mornings, queues formed outside living rooms where owners showed off radiators and electricity bills.",
            "\"People do not trust a leaflet,\" says the schoolteacher, Imran Shah. \"They trust the woman from the allotment who tells them her kitchen is warm.\"",
            "The numbers have followed. Running costs for the typical home in the scheme fell by about 15 percent in the first winter, according to the co-operative's own monitoring, although households that kept old radiators saw smaller savings.",
            "## Not for everyone",
            "Not every house is suitable. Stone cottages with solid walls need insulation first, and that can cost more than the pump itself. The co-operative now runs a loan fund for insulation, repaid through a small charge on bills.",
            "Critics say the model depends on volunteers and cannot be copied everywhere. Shah does not disagree. \"We are not a blueprint,\" he says. \"We are proof that it can be done by ordinary people, with a bit of stubbornness.\"",
            "Back in the coal shed, Calloway taps the box affectionately. \"My husband would have hated it,\" she says. \"He loved that boiler. But he would have loved the bills.\"",
        ],
    ),
    dict(
        key="bibliotek-pozhar", lang="ru", host="www.severnyevesti.example",
        title="В Северогорске после пожара открылась обновлённая городская библиотека",
        standfirst="Восстановление здания заняло полтора года и обошлось в 240 миллионов рублей.",
        byline="Анна Белова", date="12 октября 2023, 14:20",
        body=[
            "Центральная городская библиотека Северогорска вновь открылась для читателей в четверг, спустя полтора года после пожара, уничтожившего читальный зал и часть книжного фонда.",
            "По словам директора библиотеки Ольги Мироновой, огонь повредил около двадцати тысяч книг, но почти половину удалось восстановить или заменить благодаря пожертвованиям жителей и других библиотек региона.",
            "Работы обошлись в 240 миллионов рублей, большую часть средств выделил областной бюджет. В здании заменили кровлю, электропроводку и систему пожарной сигнализации.",
            "Теперь в библиотеке есть детский зал, комната для занятий школьников и небольшая студия звукозаписи. Часы работы продлены до девяти вечера по будням.",
            "Первыми посетителями стали ученики соседней школы. «Мы ждали этого дня очень долго», — сказала учительница литературы Марина Соколова.",
        ],
    ),
    dict(
        key="mina-jadid", lang="ar", host="www.sawtalsahil.example",
        title="افتتاح رصيف جديد في ميناء المدينة لاستقبال سفن الحاويات الكبيرة",
        standfirst="يقول مسؤولون إن المشروع سيضاعف قدرة الميناء خلال ثلاث سنوات.",
        byline="بقلم سارة الحسيني", date="15 مايو 2023",
        body=[
            "افتتحت هيئة الموانئ يوم الاثنين رصيفاً جديداً في ميناء المدينة قادراً على استقبال أكبر سفن الحاويات في العالم، بعد أعمال إنشاء استمرت أكثر من عامين.",
            "ويبلغ طول الرصيف الجديد ستمئة متر، وقد زُوّد بأربع رافعات حديثة تعمل بالكهرباء، بحسب بيان صادر عن الهيئة.",
            "وقال مدير الميناء خالد العمري إن المشروع سيرفع قدرة الميناء على مناولة الحاويات إلى الضعف خلال ثلاث سنوات، وسيوفر نحو ألف وظيفة جديدة لأبناء المنطقة.",
            "غير أن صيادين في الحي المجاور عبّروا عن قلقهم من تأثير حركة السفن الكبيرة على مناطق الصيد التقليدية، وطالبوا بتعويضات.",
            "وأكدت الهيئة أنها ستعقد اجتماعات مع ممثلي الصيادين خلال الأسابيع المقبلة لبحث مطالبهم.",
        ],
    ),
]
