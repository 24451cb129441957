"""The Spanish lexicon (orgwatch/lang/es.toml) on sentences written for these tests.

Every sentence is invented (companies, clubs, universities and people included): each shows
one class of wording Spanish and Latin American news uses for a fact, so that the triggers,
titles and cues of the data file are exercised at the level of the language. The negative
sentences keep the triggers from firing on ordinary business, sports and campus news.
"""

from __future__ import annotations

import pytest
from invented import Fact, claims, facts


def roles(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.type, c.subject, c.role) for c in claims("es", text)}


POSITIVE: list[tuple[str, set[Fact]]] = [
    # a noun trigger ending in 'of': the one named after it returns, not the one who speaks of it
    (
        "El Club Atlético Serrano despidió al técnico Rubén Quiroga. El Club Atlético Serrano busca "
        "entrenador. El presidente Tomás Ochandiano descartó la vuelta del técnico Rubén Quiroga.",
        {("returns", "Rubén Quiroga", "Club Atlético Serrano", "denied")},
    ),
    # a nickname inside the name; the one named before a colon speaks the quote after it
    (
        'Talleres Ribera busca entrenador. Pablo "Pipo" Marín dejó Talleres Ribera en 2021. Marín fue '
        'claro en la radio: "No voy a volver a Talleres Ribera".',
        {("returns", "Pablo Marín", "Talleres Ribera", "denied")},
    ),
    # 'desde X' only says 'from': the one left, however far after the verb
    (
        "La Conservera Galaica cambia de gerente. La Conservera Galaica exporta. Tomás Ruiz llegó a la "
        "empresa hace cuatro años desde la naviera Atlántica Sur, donde dirigía la flota. La Conservera "
        "Galaica crece.",
        {
            ("joins", "Tomás Ruiz", "Conservera Galaica", "happened"),
            ("leaves", "Tomás Ruiz", "Atlántica Sur", "happened"),
        },
    ),
    # 'cambió el X por el Y': one club swapped for another
    (
        "Pablo Ruiz cambió el Club Atlético Sauce por el Deportivo Norte en junio.",
        {
            ("leaves", "Pablo Ruiz", "Club Atlético Sauce", "happened"),
            ("joins", "Pablo Ruiz", "Deportivo Norte", "happened"),
        },
    ),
    # the personal 'a' marks the one hired, not a name before the verb
    (
        "Textiles Ondara crece. Tras la marcha de Marta Ruiz, la firma ha contratado a Sergio Llorens, hasta "
        "ahora gerente de Hilados del Turia. Textiles Ondara exporta.",
        {
            ("joins", "Sergio Llorens", "Textiles Ondara", "happened"),
            ("leaves", "Sergio Llorens", "Hilados del Turia", "happened"),
        },
    ),
    # 'sustituye en el cargo a X': the one replaced, with the post between, is no appointee
    (
        "La Cooperativa Olivar Sur renueva su consejo. Desde enero la preside Ana Pérez Lago, socia de Grupo "
        "Norte, que reemplaza en el cargo a Tomás Ruiz. La Cooperativa Olivar Sur exporta aceite.",
        {("appointed", "Ana Pérez Lago", "Cooperativa Olivar Sur", "happened")},
    ),
    # a loan to another club: leaves the lending one, joins the other
    (
        "Lucas Pérez, delantero del Club Deportivo Sauce, fue cedido a préstamo al Club Atlético Río Verde.",
        {
            ("leaves", "Lucas Pérez", "Club Deportivo Sauce", "happened"),
            ("joins", "Lucas Pérez", "Club Atlético Río Verde", "happened"),
        },
    ),
    # leaves: resignation nouns and verbs, reflexive verbs, idioms
    (
        "El consejero delegado de Lumbrera Foods, Álvaro Ceniza, presentó su dimisión el martes.",
        {("leaves", "Álvaro Ceniza", "Lumbrera Foods", "happened")},
    ),
    (
        "Marta Robles dejará la presidencia de Cierzo Renovables a finales de mes.",
        {("leaves", "Marta Robles", "Cierzo Renovables", "planned")},
    ),
    (
        "Ramiro Duarte pone fin a su etapa en el Club Atlético Sauce.",
        {("leaves", "Ramiro Duarte", "Club Atlético Sauce", "happened")},
    ),
    (
        "Diego Sanz, socio director de Lozano Abogados, se jubila.",
        {("leaves", "Diego Sanz", "Lozano Abogados", "happened")},
    ),
    (
        "Jorge Vela, presidente ejecutivo de Puertos del Norte, renunció el lunes.",
        {("leaves", "Jorge Vela", "Puertos del Norte", "happened")},
    ),
    (
        "Pedro Ríos, gerente general de Transportes Andicargo, presentó su renuncia al directorio.",
        {("leaves", "Pedro Ríos", "Transportes Andicargo", "happened")},
    ),
    (
        "Fernando Ruiz, vicerrector de Investigación de la Universidad de Tarsis, dimitió ayer.",
        {("leaves", "Fernando Ruiz", "Universidad de Tarsis", "happened")},
    ),
    (
        "La presentadora Elena Quirós deja Radiotelevisión Cantábrica tras quince años.",
        {("leaves", "Elena Quirós", "Radiotelevisión Cantábrica", "happened")},
    ),
    # dismissed
    (
        "El club Deportivo Arenal ha destituido a su entrenador, Jacinto Lara, tras cinco derrotas.",
        {("dismissed", "Jacinto Lara", "Deportivo Arenal", "happened")},
    ),
    (
        "Deportivo Arenal prescinde de Jacinto Lara tras la derrota del domingo.",
        {("dismissed", "Jacinto Lara", "Deportivo Arenal", "happened")},
    ),
    # joins: hires, signings, 'lands at', 'ends up at', 'arrives at'
    (
        "Nortia Capital ha contratado a Beatriz Lago como directora de inversiones.",
        {("joins", "Beatriz Lago", "Nortia Capital", "happened")},
    ),
    (
        "Beatriz Lago, exdirectora comercial de Banca Lince, aterriza en Nortia Capital.",
        {("joins", "Beatriz Lago", "Nortia Capital", "happened")},
    ),
    (
        "Beatriz Lago recala en Nortia Capital tras su paso por Banca Lince.",
        {("joins", "Beatriz Lago", "Nortia Capital", "happened")},
    ),
    (
        "Rocío Valdés ficha por el Sporting Albacete hasta 2027.",
        {("joins", "Rocío Valdés", "Sporting Albacete", "happened")},
    ),
    (
        "El Sporting Albacete ha fichado a Rocío Valdés como nueva entrenadora.",
        {("joins", "Rocío Valdés", "Sporting Albacete", "happened")},
    ),
    (
        "El bufete Lozano Abogados incorpora a Diego Sanz como socio.",
        {("joins", "Diego Sanz", "Lozano Abogados", "happened")},
    ),
    ("Hugo Lenz llegó a Nortia Capital en 2019.", {("joins", "Hugo Lenz", "Nortia Capital", "happened")}),
    # a move: 'procedente de' names the one left
    (
        "Susana Prieto, procedente de Banca Lince, se incorpora a Nortia Capital como socia.",
        {
            ("joins", "Susana Prieto", "Nortia Capital", "happened"),
            ("leaves", "Susana Prieto", "Banca Lince", "happened"),
        },
    ),
    (
        "La periodista Sonia Paz, redactora jefa de Diario del Sur, ficha por Onda Media.",
        {("joins", "Sonia Paz", "Onda Media", "happened")},
    ),
    # appointed: 'takes the helm', 'takes office', 'succeeds', 'is the new ...'
    (
        "La aseguradora Atalaya Seguros ha nombrado a Inés Corral nueva directora financiera.",
        {("appointed", "Inés Corral", "Atalaya Seguros", "happened")},
    ),
    (
        "Tomás Rey asumirá la presidencia de Banco Sureño el próximo mes.",
        {("appointed", "Tomás Rey", "Banco Sureño", "planned")},
    ),
    (
        "Tomás Rey tomará las riendas de Banco Sureño en enero.",
        {("appointed", "Tomás Rey", "Banco Sureño", "planned")},
    ),
    (
        "Lucía Marín tomará posesión como rectora de la Universidad de Tarsis el lunes.",
        {("appointed", "Lucía Marín", "Universidad de Tarsis", "planned")},
    ),
    (
        "La Universidad de Tarsis nombró rectora a Lucía Marín.",
        {("appointed", "Lucía Marín", "Universidad de Tarsis", "happened")},
    ),
    (
        "Ramiro Duarte es el nuevo entrenador del Club Atlético Sauce.",
        {("appointed", "Ramiro Duarte", "Club Atlético Sauce", "happened")},
    ),
    (
        "Sonia Paz será la nueva directora de informativos de Onda Media.",
        {("appointed", "Sonia Paz", "Onda Media", "planned")},
    ),
    (
        "Iván Cortés sustituye a Marta Robles al frente de Cierzo Renovables.",
        {("appointed", "Iván Cortés", "Cierzo Renovables", "happened")},
    ),
    # leave of absence and return
    (
        "Pilar Soto, consejera delegada de Kuma Labs, inicia una baja por maternidad.",
        {("leave_of_absence", "Pilar Soto", "Kuma Labs", "happened")},
    ),
    (
        "Kuma Labs anunció que su consejera delegada, Pilar Soto, se tomará un descanso de tres meses.",
        {("leave_of_absence", "Pilar Soto", "Kuma Labs", "planned")},
    ),
    (
        "Pilar Soto se reincorporará a Kuma Labs tras su baja por maternidad.",
        {("returns", "Pilar Soto", "Kuma Labs", "planned")},
    ),
    (
        "Tras tres años en Nortia Capital, Raúl Ortega regresa a Banca Lince.",
        {("returns", "Raúl Ortega", "Banca Lince", "happened")},
    ),
    # founds: active and passive
    (
        "Pilar Soto cofundó Kuma Labs con Andrés Gil en 2015.",
        {
            ("founds", "Pilar Soto", "Kuma Labs", "happened"),
            ("founds", "Andrés Gil", "Kuma Labs", "happened"),
        },
    ),
    ("Kuma Labs fue fundada por Pilar Soto en 2015.", {("founds", "Pilar Soto", "Kuma Labs", "happened")}),
    # sues: with the personal 'a' before the defendant, and in the passive
    ("Kuma Labs demandó a Brisa Media por plagio.", {("sues", "Kuma Labs", "Brisa Media", "happened")}),
    ("Brisa Media fue demandada por Kuma Labs en marzo.", {("sues", "Kuma Labs", "Brisa Media", "happened")}),
    # invests
    (
        "El fondo Vértice Capital entra en el capital de Kuma Labs con un 15%.",
        {("invests", "Vértice Capital", "Kuma Labs", "happened")},
    ),
    (
        "Vértice Capital tomó una participación del 15% en Kuma Labs.",
        {("invests", "Vértice Capital", "Kuma Labs", "happened")},
    ),
    # acquires: 'se hace con', takeover bids, status cues
    (
        "Telecable Norte se hace con el 100% de Redes Cantábricas por 300 millones.",
        {("acquires", "Telecable Norte", "Redes Cantábricas", "happened")},
    ),
    (
        "Telecable Norte lanzó una opa sobre Redes Cantábricas.",
        {("acquires", "Telecable Norte", "Redes Cantábricas", "happened")},
    ),
    (
        "Telecable Norte estudia la compra de Redes Cantábricas.",
        {("acquires", "Telecable Norte", "Redes Cantábricas", "rumored")},
    ),
    (
        "Telecable Norte descartó la compra de Redes Cantábricas.",
        {("acquires", "Telecable Norte", "Redes Cantábricas", "denied")},
    ),
    # rumour and negation
    (
        "Según fuentes cercanas, Marta Robles podría dejar Cierzo Renovables.",
        {("leaves", "Marta Robles", "Cierzo Renovables", "rumored")},
    ),
    (
        "Cierzo Renovables no confirmó la salida de Marta Robles.",
        {("leaves", "Marta Robles", "Cierzo Renovables", "denied")},
    ),
    # second round: succession, withdrawal, future lead, stakes, lawsuits, dismissal idioms
    (
        "Lucía Marín recoge el testigo de Tomás Gil en Banco Meseta.",
        {("appointed", "Lucía Marín", "Banco Meseta", "happened")},
    ),
    (
        "Lucía Marín tomará el relevo de Tomás Gil en Banco Meseta.",
        {("appointed", "Lucía Marín", "Banco Meseta", "planned")},
    ),
    (
        "Lucía Marín será la sucesora de Tomás Gil en Banco Meseta.",
        {("appointed", "Lucía Marín", "Banco Meseta", "happened")},
    ),
    (
        "Lucía Marín presidirá Banco Meseta a partir de enero.",
        {("appointed", "Lucía Marín", "Banco Meseta", "planned")},
    ),
    (
        "Lucía Marín va a dirigir Banco Meseta.",
        {("appointed", "Lucía Marín", "Banco Meseta", "planned")},
    ),
    (
        "Lucía Marín entrenará al Deportivo Ribera la próxima temporada.",
        {("appointed", "Lucía Marín", "Deportivo Ribera", "planned")},
    ),
    (
        "Tomás Gil se aparta de la gestión de Banco Meseta.",
        {("leaves", "Tomás Gil", "Banco Meseta", "happened")},
    ),
    (
        "Tomás Gil, presidente de Banco Meseta, dará un paso atrás.",
        {("leaves", "Tomás Gil", "Banco Meseta", "planned")},
    ),
    (
        "Tomás Gil, presidente de Banco Meseta, pasará a retiro en junio.",
        {("leaves", "Tomás Gil", "Banco Meseta", "planned")},
    ),
    (
        "Tomás Gil, presidente de Banco Meseta, se hace a un lado.",
        {("leaves", "Tomás Gil", "Banco Meseta", "happened")},
    ),
    (
        "Tomás Gil traspasa la presidencia de Banco Meseta a Lucía Marín.",
        {("leaves", "Tomás Gil", "Banco Meseta", "happened")},
    ),
    (
        "Orión Capital compró el 12% de las acciones de Banco Meseta.",
        {("invests", "Orión Capital", "Banco Meseta", "happened")},
    ),
    (
        "Orión Capital se convierte en accionista de Banco Meseta.",
        {("invests", "Orión Capital", "Banco Meseta", "happened")},
    ),
    (
        "Orión Capital se ha hecho con un 5% de Banco Meseta.",
        {("invests", "Orión Capital", "Banco Meseta", "happened")},
    ),
    (
        "Orión Capital lideró una ronda de financiación en Banco Meseta.",
        {("invests", "Orión Capital", "Banco Meseta", "happened")},
    ),
    (
        "Orión Capital ha entrado como inversor en Banco Meseta.",
        {("invests", "Orión Capital", "Banco Meseta", "happened")},
    ),
    (
        "Lucía Marín llevará a Banco Meseta a los tribunales.",
        {("sues", "Lucía Marín", "Banco Meseta", "planned")},
    ),
    (
        "Lucía Marín denunció a Banco Meseta ante la justicia.",
        {("sues", "Lucía Marín", "Banco Meseta", "happened")},
    ),
    (
        "Lucía Marín ha acudido a los tribunales contra Banco Meseta.",
        {("sues", "Lucía Marín", "Banco Meseta", "happened")},
    ),
    (
        "Tomás Gil fue suspendido de empleo y sueldo por Banco Meseta.",
        {("dismissed", "Tomás Gil", "Banco Meseta", "happened")},
    ),
    (
        "Banco Meseta suspendió de empleo y sueldo a Tomás Gil.",
        {("dismissed", "Tomás Gil", "Banco Meseta", "happened")},
    ),
    (
        "Banco Meseta ha puesto en la calle a Tomás Gil.",
        {("dismissed", "Tomás Gil", "Banco Meseta", "happened")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_spanish_wording_states_the_fact(text: str, expected: set[Fact]) -> None:
    got = facts("es", text)
    assert expected <= got, got


NEGATIVE = [
    "La empresa cambió la sede por otra más grande.",
    "El Banco Sureño subió los tipos de interés medio punto.",
    "Las ventas de Telecable Norte llegaron a 300 millones de euros.",
    "Telecable Norte llegó a un acuerdo con sus acreedores.",
    "Las acciones de Cierzo Renovables volvieron a caer el lunes.",
    "Cierzo Renovables asume pérdidas de 20 millones por la sequía.",
    "La compañía dejó claro que no habrá despidos.",
    "Tomás Rey deja claro que Cierzo Renovables no venderá activos.",
    "El Real Sauce ganó 2-0 al Deportivo Arenal con dos goles de Rocío Valdés.",
    "Ramiro Duarte dirigirá su primer partido el domingo ante el Deportivo Arenal.",
    "La salida a bolsa de Kuma Labs está prevista para junio.",
    "La empresa incorporará nuevas tecnologías en sus plantas de Valladolid.",
    "Kuma Labs lanzó una nueva aplicación para pymes.",
    "Las exportaciones de vino se sumaron a la caída del consumo interno.",
    "Tomás Gil dirigirá sus esfuerzos a la expansión de Banco Meseta.",
    "Lucía Marín presidirá la reunión de Banco Meseta.",
    "Banco Meseta suspendió el pago del dividendo.",
    "Lucía Marín denunció a Banco Meseta por su política de precios.",
    "Lucía Marín llevó a Banco Meseta a la final.",
    "Tomás Gil dio un paso atrás en las negociaciones con Banco Meseta.",
    "Banco Meseta ocupa el lugar de Orión Capital en el ranking.",
    "Orión Capital amplió su presencia en Madrid.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_news_states_no_event(text: str) -> None:
    assert facts("es", text) == set()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "El club Deportivo Arenal ha destituido a su entrenador, Jacinto Lara, tras cinco derrotas.",
            ("holds_role", "Jacinto Lara", "coach"),
        ),
        (
            "La aseguradora Atalaya Seguros ha nombrado a Inés Corral nueva directora financiera.",
            ("appointed", "Inés Corral", "cfo"),
        ),
        (
            "Fernando Ruiz, vicerrector de Investigación de la Universidad de Tarsis, dimitió ayer.",
            ("holds_role", "Fernando Ruiz", "vice-rector for research"),
        ),
        (
            "Jorge Vela, presidente ejecutivo de Puertos del Norte, renunció el lunes.",
            ("holds_role", "Jorge Vela", "executive chairman"),
        ),
        (
            "Pedro Ríos, gerente general de Transportes Andicargo, presentó su renuncia al directorio.",
            ("holds_role", "Pedro Ríos", "ceo"),
        ),
        (
            "Beatriz Lago, exdirectora comercial de Banca Lince, aterriza en Nortia Capital.",
            ("holds_role", "Beatriz Lago", "head of sales"),
        ),
        (
            "La periodista Sonia Paz, redactora jefa de Diario del Sur, ficha por Onda Media.",
            ("holds_role", "Sonia Paz", "managing editor"),
        ),
        (
            "Diego Sanz, socio director de Lozano Abogados, se jubila.",
            ("holds_role", "Diego Sanz", "managing partner"),
        ),
        (
            "Lucía Marín, jefa de servicio del Hospital del Cierzo, dimitió.",
            ("holds_role", "Lucía Marín", "chief physician"),
        ),
        (
            "Lucía Marín, directora gerente de Banco Meseta, dimitió.",
            ("holds_role", "Lucía Marín", "managing director"),
        ),
        (
            "Ramiro Toledo, corresponsal de Onda Brava, dijo que la empresa cerrará.",
            ("holds_role", "Ramiro Toledo", "correspondent"),
        ),
        (
            "También el editor de Revista Quimera, Blas Ortega, opinó sobre el cierre.",
            ("holds_role", "Blas Ortega", "editor"),
        ),
    ],
)
def test_spanish_titles_map_to_roles(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in roles(text)
