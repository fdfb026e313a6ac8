"""Articles in other languages written for the labelled set (original text; the events are invented)."""

ARTICLES = [
    dict(
        key="tramway-lyon", lang="fr", host="www.lejournaldurhone.example",
        title="Le nouveau tramway de la rive droite entre en service avec trois mois de retard",
        standfirst=None, byline="Par Claire Dumont", date="Publié le 6 septembre 2021 à 14h35",
        body=[
            "Le premier tramway de la ligne T9 a quitté la station Confluence lundi matin, avec trois mois de retard sur le calendrier annoncé, en raison de difficultés d'approvisionnement en rails et en câbles.",
            "La nouvelle ligne, longue de 11 kilomètres, relie désormais le centre-ville aux communes de l'ouest en moins de trente minutes. La métropole espère y transporter 45 000 voyageurs par jour d'ici la fin de l'année.",
            "« C'est un soulagement pour les habitants qui subissaient les travaux depuis deux ans », a déclaré la vice-présidente chargée des transports, Nadia Berrahal, lors de l'inauguration.",
            "## Des commerçants mitigés",
            "Plusieurs commerçants de l'avenue Jean-Jaurès estiment toutefois avoir perdu une partie de leur clientèle pendant le chantier. Une commission d'indemnisation a examiné 212 dossiers, dont 140 ont reçu une aide.",
            "Le coût total du projet atteint 385 millions d'euros, soit 8 % de plus que le budget initial.",
        ],
    ),
    dict(
        key="retraites-greve", lang="fr", host="www.quotidiendelouest.example",
        title="Grève dans les écoles : un enseignant sur trois mobilisé selon les syndicats",
        standfirst="Le ministère avance un chiffre deux fois plus faible.",
        byline="Par Julien Morel", date="12 janvier 2023",
        body=[
            "Un enseignant sur trois était en grève jeudi dans les écoles primaires de l'académie, selon les syndicats, qui protestent contre la suppression annoncée de 160 postes à la rentrée prochaine.",
            "Le rectorat, de son côté, fait état de 14 % de grévistes. Dans plusieurs communes rurales, des parents ont dû garder leurs enfants à la maison faute de service d'accueil.",
            "« Nous ne pouvons pas accepter des classes de trente élèves en maternelle », explique Sophie Lantier, enseignante à Saint-Brieuc et déléguée syndicale.",
            "Une nouvelle journée de mobilisation est prévue le 26 janvier.",
        ],
    ),
    dict(
        key="solarpark", lang="de", host="www.nordkurier-zeitung.example",
        title="Größter Solarpark des Landes geht in Betrieb",
        standfirst="Die Anlage bei Wittstock soll rund 60.000 Haushalte mit Strom versorgen.",
        byline="Von Katrin Albers", date="6. September 2021, 14:35 Uhr MESZ",
        body=[
            "Nach knapp zwei Jahren Bauzeit ist am Montag der bislang größte Solarpark des Landes ans Netz gegangen. Auf einer Fläche von 160 Hektar wurden rund 420.000 Module installiert.",
            "Der Betreiber rechnet mit einer jährlichen Stromproduktion von etwa 190 Gigawattstunden. Das entspreche dem Verbrauch von rund 60.000 Haushalten, sagte Geschäftsführer Matthias Krüger bei der Eröffnung.",
            "## Kritik von Naturschützern",
            "Umweltverbände hatten das Projekt lange kritisiert, weil auf dem Gelände seltene Vogelarten brüten. Der Betreiber verpflichtete sich schließlich, zwischen den Modulreihen Blühstreifen anzulegen und Nistkästen aufzuhängen.",
            "„Wir werden genau beobachten, ob diese Zusagen eingehalten werden“, sagte die Landesvorsitzende des Naturschutzbundes, Petra Seidel.",
            "Die Gemeinde Wittstock erhält nach eigenen Angaben jährlich rund 300.000 Euro aus der Anlage.",
        ],
    ),
    dict(
        key="bahnstreik", lang="de", host="www.rheinblatt.example",
        title="Lokführer kündigen neuen Warnstreik an",
        standfirst=None, byline="Von Stefan Brandt", date="Aktualisiert am 14.02.2024, 07:50 Uhr",
        short=True,
        body=[
            "Die Gewerkschaft der Lokführer hat für Donnerstag einen weiteren Warnstreik im Regionalverkehr angekündigt. Betroffen seien vor allem Verbindungen in Nordrhein-Westfalen und Niedersachsen, teilte die Gewerkschaft am Dienstagabend mit.",
            "Die Bahn riet Fahrgästen, nicht notwendige Reisen zu verschieben.",
        ],
    ),
    dict(
        key="incendio-sierra", lang="es", host="www.diariodelsur.example",
        title="Los bomberos controlan el incendio de la sierra tras cuatro días",
        standfirst=None, byline="Por Lucía Herrera", date="6 de septiembre de 2021 - 13:45 CEST",
        body=[
            "Los servicios de emergencia dieron por controlado este lunes el incendio forestal que desde el jueves ha arrasado unas 2.300 hectáreas en la sierra, según informó el Gobierno regional.",
            "Más de 600 personas participaron en las tareas de extinción, apoyadas por catorce aviones y helicópteros. Unos 900 vecinos de tres pueblos fueron desalojados el viernes y pudieron volver a sus casas el domingo por la tarde.",
            "«Ha sido un fuego muy complicado por el viento y las altas temperaturas», explicó el director de la operación, Andrés Molina, en una rueda de prensa.",
            "## Investigación sobre el origen",
            "La Guardia Civil investiga si el incendio se originó por una chispa de maquinaria agrícola. Los agentes han tomado declaración a varios trabajadores de una finca cercana.",
            "Los ayuntamientos afectados pedirán que la zona sea declarada catastrófica para acceder a ayudas.",
        ],
    ),
    dict(
        key="metro-santiago", lang="es", host="www.elobservador.example",
        title="El metro amplía su horario los fines de semana",
        standfirst="La medida comenzará a aplicarse el próximo sábado.",
        byline="Por Diego Fuentes", date="15/03/2023",
        body=[
            "El metro de la capital funcionará hasta las dos de la madrugada los viernes y sábados a partir de este fin de semana, anunció el martes la empresa de transporte público.",
            "La ampliación responde a una petición de los comerciantes y del sector de la hostelería, que aseguraban que muchos clientes se marchaban antes por miedo a quedarse sin transporte.",
            "La empresa estima que el coste adicional será de unos 4 millones de euros al año. Los sindicatos han pedido que se contrate personal nuevo en lugar de ampliar los turnos existentes.",
        ],
    ),
    dict(
        key="chuvas-recife", lang="pt", host="www.jornaldonordeste.example",
        title="Chuvas fortes deixam bairros alagados no Recife",
        standfirst=None, byline="Por Ana Beatriz Lima", date="Publicado em 28/05/2022 às 10h20",
        body=[
            "As chuvas que atingiram a região metropolitana do Recife desde a madrugada de sábado deixaram vários bairros alagados e provocaram deslizamentos de terra em áreas de morro, segundo a Defesa Civil.",
            "Em apenas doze horas, choveu mais de 150 milímetros em alguns pontos da cidade, o equivalente a quase metade da média prevista para todo o mês de maio.",
            "A prefeitura abriu escolas para receber famílias desalojadas e pediu aos moradores de áreas de risco que deixem suas casas ao primeiro sinal de rachaduras nas paredes.",
            "O governo estadual anunciou a liberação de recursos de emergência e disse que equipes de resgate continuam trabalhando nas áreas mais afetadas.",
        ],
    ),
    dict(
        key="vendemmia", lang="it", host="www.gazzettadelnord.example",
        title="Vendemmia anticipata in Piemonte per il caldo",
        standfirst=None, byline="Di Marco Ferraris", date="6 settembre 2021",
        body=[
            "Per il terzo anno consecutivo la vendemmia in Piemonte è cominciata con quasi due settimane di anticipo rispetto alla media, a causa delle temperature elevate registrate ad agosto.",
            "I produttori delle Langhe parlano di uve sane ma con meno succo. «La quantità sarà inferiore del 15 per cento, la qualità invece promette bene», ha detto Giulia Roero, presidente di un consorzio di viticoltori.",
            "Molte cantine hanno deciso di raccogliere di notte, quando le temperature sono più basse, per preservare gli aromi.",
            "Le associazioni agricole chiedono investimenti per sistemi di irrigazione di soccorso.",
        ],
    ),
    dict(
        key="most-moskva", lang="ru", host="www.gorodskievesti.example",
        title="В городе открыли новый пешеходный мост через реку",
        standfirst=None, byline="Автор: Ольга Смирнова", date="6 сентября 2021, 10:15 MSK",
        body=[
            "В понедельник в городе открыли новый пешеходный мост через реку, который соединил парк на левом берегу с жилыми кварталами на правом. Строительство продолжалось почти два года.",
            "Длина моста составляет 240 метров. По словам представителей мэрии, в будни по нему будут проходить до 15 тысяч человек.",
            "«Раньше нам приходилось идти в обход почти сорок минут, теперь дорога до работы занимает десять», — рассказала местная жительница Анна Кузнецова.",
            "Вечером мост будет подсвечиваться, а летом на нём планируют проводить небольшие концерты.",
        ],
    ),
    dict(
        key="sud-jadid", lang="ar", host="www.akhbar-alyawm.example",
        title="افتتاح محطة جديدة لتحلية المياه على الساحل",
        standfirst=None, byline="بقلم سارة الحسيني", date="2021-09-06",
        body=[
            "افتتحت الحكومة يوم الاثنين محطة جديدة لتحلية مياه البحر على الساحل الشمالي، بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا، في خطوة تهدف إلى تخفيف أزمة المياه في المدن الساحلية.",
            "وقال وزير المياه في كلمة خلال حفل الافتتاح إن المحطة ستوفر مياه الشرب لنحو مليون شخص، مشيرا إلى أن المشروع استغرق ثلاث سنوات من العمل.",
            "وأضاف أن الحكومة تدرس إنشاء محطتين إضافيتين خلال السنوات الخمس المقبلة، بالتعاون مع شركات محلية ودولية.",
            "ويعاني عدد من المناطق من انقطاعات متكررة في المياه خلال أشهر الصيف بسبب ارتفاع درجات الحرارة وتراجع منسوب المياه الجوفية.",
        ],
    ),
    dict(
        key="ketabkhane", lang="fa", host="www.khabar-emrooz.example",
        title="بزرگ‌ترین کتابخانه عمومی شهر پس از بازسازی بازگشایی شد",
        standfirst=None, byline="نویسنده: مریم رضایی", date="2022-10-03T09:00:00+03:30",
        body=[
            "بزرگ‌ترین کتابخانه عمومی شهر پس از دو سال بازسازی روز دوشنبه با حضور مسئولان و گروهی از نویسندگان دوباره به روی مردم باز شد.",
            "مدیر کتابخانه گفت که در جریان بازسازی، سیستم گرمایش ساختمان عوض شده و یک سالن مطالعه ویژه نوجوانان نیز ساخته شده است.",
            "به گفته او، کتابخانه اکنون بیش از دویست هزار جلد کتاب دارد و ساعت کار آن تا ساعت ده شب افزایش یافته است.",
            "شماری از مراجعان از امکانات تازه استقبال کردند و گفتند که فضای جدید برای مطالعه گروهی مناسب‌تر است.",
        ],
    ),
    dict(
        key="gaotie", lang="zh", host="www.dongfangribao.example",
        title="新高铁线路正式开通 两地通行时间缩短至一小时",
        standfirst=None, byline="记者 王丽", date="2021年9月6日 10:30",
        body=[
            "连接两座城市的新高铁线路于周一正式开通运营，全长约二百八十公里，设计时速三百五十公里，两地之间的通行时间由原来的三个多小时缩短至一小时左右。",
            "据铁路部门介绍，该线路共设八个车站，初期每天开行列车四十对，节假日期间将根据客流情况增加班次。",
            "沿线不少居民表示，新线路将方便探亲和通勤。一位在省城工作的乘客说，以后周末回家看望父母会容易得多。",
            "专家认为，高铁开通还将带动沿线旅游业和物流业的发展。",
        ],
    ),
    dict(
        key="jishin-kunren", lang="ja", host="www.nishinippon-shinbun.example",
        title="市内の小学校で大規模な防災訓練　児童ら千人が参加",
        standfirst=None, byline="佐藤健一", date="2021年9月6日 15時20分",
        body=[
            "市内の小学校で六日、大地震を想定した大規模な防災訓練が行われ、児童や地域住民など約千人が参加した。",
            "訓練では、緊急地震速報の放送に合わせて児童が机の下に身を隠した後、校庭に避難した。消防署員による消火器の使い方の説明もあった。",
            "校長は「いざという時に自分の命を守る行動が取れるよう、繰り返し練習することが大切だ」と話した。",
            "市は今年度中に全ての小学校で同様の訓練を実施する予定だ。",
        ],
    ),
    dict(
        key="kopru", lang="tr", host="www.gunlukhaber.example",
        title="Yeni köprü trafiğe açıldı",
        standfirst=None, byline="Mehmet Yılmaz", date="6 Eylül 2021",
        body=[
            "Şehrin iki yakasını birbirine bağlayan yeni köprü pazartesi günü düzenlenen törenle trafiğe açıldı. Yapımı üç yıl süren köprünün uzunluğu 1,2 kilometre.",
            "Belediye başkanı yaptığı konuşmada köprünün günde yaklaşık 80 bin aracın geçişine imkân sağlayacağını ve şehir içi trafiği önemli ölçüde rahatlatacağını söyledi.",
            "Köprüde bisiklet yolu ve yaya kaldırımı da bulunuyor. Sürücülerden geçiş ücreti alınmayacak.",
        ],
    ),
]
