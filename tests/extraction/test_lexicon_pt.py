"""The Portuguese lexicon (orgwatch/lang/pt.toml) on sentences written for this test.

Every sentence, company and person is invented: the table shows the Brazilian and European
Portuguese wording of news (verb paradigms, proclisis and enclisis, nouns of events, idioms,
titles of companies, clubs, universities and broadcasters) that the rules read, and sentences
without an event that they must leave alone.
"""

from __future__ import annotations

import pytest
from invented import Fact, facts

POSITIVE: list[tuple[str, set[Fact]]] = [
    # a noun trigger ending in 'of': the one named after it returns, not the one who speaks of it
    (
        "O Clube Atlético Serrano demitiu o técnico Otávio Vilarinho. O Clube Atlético Serrano procura um "
        "técnico. O presidente Renato Távora negou a volta de Otávio Vilarinho.",
        {("returns", "Otávio Vilarinho", "Clube Atlético Serrano", "denied")},
    ),
    # the subject after the verb, an adjective between its title and its name
    (
        "A Têxtil Lumar troca de comando. A Têxtil Lumar cresce. Também deixa a empresa em maio o gerente "
        "fabril Sérgio Vaz, irmão do fundador. A Têxtil Lumar exporta.",
        {("leaves", "Sérgio Vaz", "Têxtil Lumar", "happened")},
    ),
    # 'trocou o X pelo Y': one club swapped for another
    (
        "Vítor Lage havia trocado o Atlético Serrano pelo Esporte Clube Ribeira em maio.",
        {
            ("leaves", "Vítor Lage", "Atlético Serrano", "happened"),
            ("joins", "Vítor Lage", "Esporte Clube Ribeira", "happened"),
        },
    ),
    # a 'quando' clause without a subject of its own is the main clause subject's
    (
        "A Clínica Santa Luzia troca de diretor. Rui Prates tinha sido nomeado diretor em 2020, quando "
        "chegou à clínica vindo da farmacêutica Laborsul. A Clínica Santa Luzia tem 80 leitos.",
        {
            ("joins", "Rui Prates", "Clínica Santa Luzia", "happened"),
            ("leaves", "Rui Prates", "Laborsul", "happened"),
        },
    ),
    # a loan to another club: leaves the lending one, joins the other
    (
        "Lucas Pimenta, atacante do Rio Claro Futebol Clube, foi emprestado ao Esporte Clube Vale Verde.",
        {
            ("leaves", "Lucas Pimenta", "Rio Claro Futebol Clube", "happened"),
            ("joins", "Lucas Pimenta", "Esporte Clube Vale Verde", "happened"),
        },
    ),
    # 'para o posto de X' names the one replaced, not the one named
    (
        "Rui Moura é o novo presidente da Fundação Arara. Para o posto de Rui Moura na Associação Boto Azul "
        "foi nomeada Inês Lobo.",
        {("appointed", "Inês Lobo", "Associação Boto Azul", "happened")},
    ),
    # 'se licenciar' at a time or to do something is a leave ('licenciou-se em Direito' a degree)
    (
        "Marta Ribeiro, fundadora da Associação Boto Azul, se licenciou em julho para cuidar do pai.",
        {("leave_of_absence", "Marta Ribeiro", "Associação Boto Azul", "happened")},
    ),
    # the reflexive 'se despede' says goodbye; the transitive 'despede' fires
    (
        "O Porto Alegre Basquete perde o seu capitão: Caio Lemos se despede do Porto Alegre Basquete "
        "no fim do mês.",
        {("leaves", "Caio Lemos", "Porto Alegre Basquete", "happened")},
    ),
    (
        "Caio Lemos, capitão do Porto Alegre Basquete, se despede no fim do mês.",
        {("leaves", "Caio Lemos", "Porto Alegre Basquete", "happened")},
    ),
    # departures: enclisis (PT) and proclisis (BR), 'pediu demissão', retirement, 'deixou de ser'
    (
        "Marta Reis demitiu-se do cargo de presidente executiva da Tejo Digital.",
        {("leaves", "Marta Reis", "Tejo Digital", "happened")},
    ),
    (
        "Carlos Neves se demitiu da Serra Azul Alimentos na segunda-feira.",
        {("leaves", "Carlos Neves", "Serra Azul Alimentos", "happened")},
    ),
    (
        "Henrique Sousa pediu demissão da Rádio Horizonte.",
        {("leaves", "Henrique Sousa", "Rádio Horizonte", "happened")},
    ),
    (
        "A diretora de programação da TV Planalto, Lúcia Faria, apresentou a sua demissão.",
        {
            ("leaves", "Lúcia Faria", "TV Planalto", "happened"),
            ("holds_role", "Lúcia Faria", "TV Planalto", "happened"),
        },
    ),
    (
        "O editor-chefe do Jornal da Serra, Mário Cunha, vai reformar-se no final do ano.",
        {("leaves", "Mário Cunha", "Jornal da Serra", "planned")},
    ),
    (
        "Mário Cunha aposentou-se do Banco Aurora em março.",
        {("leaves", "Mário Cunha", "Banco Aurora", "happened")},
    ),
    (
        "Hugo Ramos deixou de ser presidente executivo da Tejo Digital.",
        {("leaves", "Hugo Ramos", "Tejo Digital", "happened")},
    ),
    (
        "Gonçalo Meireles cessa funções como presidente da Autoridade da Mobilidade.",
        {("leaves", "Gonçalo Meireles", "Autoridade da Mobilidade", "happened")},
    ),
    (
        "Duarte Melo rescindiu contrato com o Grupo Desportivo Ribeirinho.",
        {("leaves", "Duarte Melo", "Grupo Desportivo Ribeirinho", "happened")},
    ),
    (
        "Miguel Dias, cofundador da Pontal Robótica, saiu da empresa.",
        {
            ("leaves", "Miguel Dias", "Pontal Robótica", "happened"),
            ("holds_role", "Miguel Dias", "Pontal Robótica", "happened"),
        },
    ),
    (
        "Filipe Antunes trocou a Serra Azul Alimentos pela Tejo Digital.",
        {("leaves", "Filipe Antunes", "Serra Azul Alimentos", "happened")},
    ),
    # dismissals
    (
        "O Clube Desportivo de Aldeia Nova despediu o treinador Rui Faria.",
        {("dismissed", "Rui Faria", "Clube Desportivo de Aldeia Nova", "happened")},
    ),
    (
        "O conselho da Tejo Digital destituiu o presidente executivo, Hugo Ramos.",
        {("dismissed", "Hugo Ramos", "Tejo Digital", "happened")},
    ),
    (
        "O administrador Nuno Vale foi exonerado do Banco Aurora.",
        {("dismissed", "Nuno Vale", "Banco Aurora", "happened")},
    ),
    (
        "O treinador Jorge Reis foi afastado do comando técnico do Clube Atlético Serrano.",
        {("dismissed", "Jorge Reis", "Clube Atlético Serrano", "happened")},
    ),
    # joins: hires, 'junta-se', 'ingressou', 'assinou pelo', 'vai para', 'a chegada de'
    (
        "A Lumora Energias contratou Ana Costa para liderar a área comercial.",
        {("joins", "Ana Costa", "Lumora Energias", "happened")},
    ),
    (
        "Clara Bento junta-se à Fundação Horizonte Verde como secretária-geral.",
        {("joins", "Clara Bento", "Fundação Horizonte Verde", "happened")},
    ),
    (
        "Teresa Vaz ingressou na Lumora Energias em 2019.",
        {("joins", "Teresa Vaz", "Lumora Energias", "happened")},
    ),
    (
        "O avançado Bruno Alves assinou pelo Grupo Desportivo Ribeirinho.",
        {("joins", "Bruno Alves", "Grupo Desportivo Ribeirinho", "happened")},
    ),
    (
        "Pedro Matos deixou a Vinhal Seguros e foi para a Lusitânia Capital.",
        {
            ("leaves", "Pedro Matos", "Vinhal Seguros", "happened"),
            ("joins", "Pedro Matos", "Lusitânia Capital", "happened"),
        },
    ),
    (
        "O Sporting Clube da Ribeira anunciou a contratação do avançado Duarte Melo.",
        {("joins", "Duarte Melo", "Sporting Clube da Ribeira", "happened")},
    ),
    (
        "A Lumora Energias anunciou a chegada de Teresa Vaz ao cargo de diretora de tecnologia.",
        {("joins", "Teresa Vaz", "Lumora Energias", "happened")},
    ),
    (
        "A sócia Marta Leal muda-se para a Costa Leal Advogados.",
        {("joins", "Marta Leal", "Costa Leal Advogados", "happened")},
    ),
    (
        "Filipe Antunes transita da Serra Azul Alimentos para a Tejo Digital.",
        {
            ("leaves", "Filipe Antunes", "Serra Azul Alimentos", "happened"),
            ("joins", "Filipe Antunes", "Tejo Digital", "happened"),
        },
    ),
    # appointments: 'toma posse', 'assume', 'é o novo', 'promovida a', 'interinamente', 'escolheu'
    (
        "Luís Amaral tomou posse como reitor da Universidade do Litoral Norte.",
        {("appointed", "Luís Amaral", "Universidade do Litoral Norte", "happened")},
    ),
    (
        "Sofia Matias vai assumir a presidência da Cooperativa Agrícola do Vale.",
        {("appointed", "Sofia Matias", "Cooperativa Agrícola do Vale", "planned")},
    ),
    (
        "Paula Rocha foi promovida a diretora financeira da Tejo Digital.",
        {("appointed", "Paula Rocha", "Tejo Digital", "happened")},
    ),
    (
        "O vice-reitor Paulo Teles assume interinamente a reitoria da Universidade do Litoral Norte.",
        {("appointed", "Paulo Teles", "Universidade do Litoral Norte", "happened")},
    ),
    (
        "O conselho de administração da Tejo Digital escolheu Rui Moura para presidente executivo.",
        {("appointed", "Rui Moura", "Tejo Digital", "happened")},
    ),
    (
        "A ONG Mãos Unidas nomeou Clara Bento como diretora executiva.",
        {("appointed", "Clara Bento", "Mãos Unidas", "happened")},
    ),
    (
        "Bernardo Lima substitui Ana Costa na liderança da Lumora Energias.",
        {("appointed", "Bernardo Lima", "Lumora Energias", "happened")},
    ),
    # returns, leave of absence
    (
        "Rita Gomes regressa ao Banco Atlântida como diretora de risco.",
        {("returns", "Rita Gomes", "Banco Atlântida", "happened")},
    ),
    ("Sara Pinto está de volta ao Banco Aurora.", {("returns", "Sara Pinto", "Banco Aurora", "happened")}),
    (
        "O Banco Aurora anunciou o regresso de Sara Pinto, que volta como diretora comercial.",
        {("returns", "Sara Pinto", "Banco Aurora", "happened")},
    ),
    (
        "Joana Prado vai tirar uma licença sabática da Marés Tecnologia.",
        {("leave_of_absence", "Joana Prado", "Marés Tecnologia", "planned")},
    ),
    (
        "Rita Lopes vai se afastar do cargo de reitora da Universidade do Planalto por três meses.",
        {("leave_of_absence", "Rita Lopes", "Universidade do Planalto", "planned")},
    ),
    # founding, lawsuits, investments, acquisitions
    (
        "A Pontal Robótica foi fundada por Miguel Torres e Inês Rocha.",
        {
            ("founds", "Miguel Torres", "Pontal Robótica", "happened"),
            ("founds", "Inês Rocha", "Pontal Robótica", "happened"),
        },
    ),
    (
        "A Pontal Robótica entrou na Justiça contra a Serra Azul Alimentos.",
        {("sues", "Pontal Robótica", "Serra Azul Alimentos", "happened")},
    ),
    (
        "A Norte Energia moveu uma ação contra a Vale Verde Mineração.",
        {("sues", "Norte Energia", "Vale Verde Mineração", "happened")},
    ),
    (
        "O fundo Verdemar Capital entrou no capital da Lírio Saúde.",
        {("invests", "Verdemar Capital", "Lírio Saúde", "happened")},
    ),
    (
        "A Verdemar Capital adquiriu uma participação de 30% na Lírio Saúde.",
        {("invests", "Verdemar Capital", "Lírio Saúde", "happened")},
    ),
    (
        "A Verdemar Capital comprou a rival Costa Azul Logística.",
        {("acquires", "Verdemar Capital", "Costa Azul Logística", "happened")},
    ),
    # status: rumour ('estará a negociar', 'poderá'), plan ('deverá'), denial ('negou')
    (
        "Segundo fontes do mercado, a Verdemar Capital estará a negociar a compra da Lírio Saúde.",
        {("acquires", "Verdemar Capital", "Lírio Saúde", "rumored")},
    ),
    (
        "Ana Costa poderá deixar a Lumora Energias, segundo o jornal Expresso.",
        {("leaves", "Ana Costa", "Lumora Energias", "rumored")},
    ),
    (
        "Ana Costa deverá assumir a presidência da Lumora Energias em janeiro.",
        {("appointed", "Ana Costa", "Lumora Energias", "planned")},
    ),
    (
        "Ana Costa terá sido afastada da Lumora Energias.",
        {("dismissed", "Ana Costa", "Lumora Energias", "rumored")},
    ),
    (
        "A Verdemar Capital negou que vá comprar a Lírio Saúde.",
        {("acquires", "Verdemar Capital", "Lírio Saúde", "denied")},
    ),
    ("Jorge Matos não vai deixar o Banco Aurora.", {("leaves", "Jorge Matos", "Banco Aurora", "denied")}),
    # second round: succession, withdrawal, future lead, stakes, lawsuits, dismissal idioms
    (
        "Luísa Pires toma o lugar de Tomás Gouveia no Banco Sereno.",
        {("appointed", "Luísa Pires", "Banco Sereno", "happened")},
    ),
    (
        "Luísa Pires pega o bastão de Tomás Gouveia no Banco Sereno.",
        {("appointed", "Luísa Pires", "Banco Sereno", "happened")},
    ),
    (
        "Luísa Pires recebe o testemunho de Tomás Gouveia no Banco Sereno.",
        {("appointed", "Luísa Pires", "Banco Sereno", "happened")},
    ),
    (
        "Luísa Pires vai treinar o Clube Desportivo Alvor.",
        {("appointed", "Luísa Pires", "Clube Desportivo Alvor", "planned")},
    ),
    (
        "Tomás Gouveia retira-se da gestão do Banco Sereno.",
        {("leaves", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "Tomás Gouveia se retira da presidência do Banco Sereno.",
        {("leaves", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "Tomás Gouveia dá um passo atrás no Banco Sereno.",
        {("leaves", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "Tomás Gouveia passa o bastão no Banco Sereno.",
        {("leaves", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "Tomás Gouveia anunciou a sua retirada do Banco Sereno.",
        {("leaves", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "Tomás Gouveia, presidente do Banco Sereno, vai para a reforma.",
        {("leaves", "Tomás Gouveia", "Banco Sereno", "planned")},
    ),
    (
        "Tomás Gouveia foi-se embora do Banco Sereno.",
        {("leaves", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "Orion Capital comprou 40% da Sereno Energia.",
        {("invests", "Orion Capital", "Sereno Energia", "happened")},
    ),
    (
        "Orion Capital comprou 12% das ações do Banco Sereno.",
        {("invests", "Orion Capital", "Banco Sereno", "happened")},
    ),
    (
        "A Orion Capital ficou com 15% da Sereno Energia.",
        {("invests", "Orion Capital", "Sereno Energia", "happened")},
    ),
    (
        "Orion Capital tornou-se acionista do Banco Sereno.",
        {("invests", "Orion Capital", "Banco Sereno", "happened")},
    ),
    (
        "Orion Capital passou a ser acionista do Banco Sereno.",
        {("invests", "Orion Capital", "Banco Sereno", "happened")},
    ),
    (
        "Orion Capital entrou como investidor no Banco Sereno.",
        {("invests", "Orion Capital", "Banco Sereno", "happened")},
    ),
    (
        "Luísa Pires levou o Banco Sereno à justiça.",
        {("sues", "Luísa Pires", "Banco Sereno", "happened")},
    ),
    (
        "Luísa Pires acionou o Banco Sereno na justiça.",
        {("sues", "Luísa Pires", "Banco Sereno", "happened")},
    ),
    (
        "Luísa Pires recorreu à justiça contra o Banco Sereno.",
        {("sues", "Luísa Pires", "Banco Sereno", "happened")},
    ),
    (
        "Tomás Gouveia foi suspenso de funções pelo Banco Sereno.",
        {("dismissed", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "O Banco Sereno mandou embora Tomás Gouveia.",
        {("dismissed", "Tomás Gouveia", "Banco Sereno", "happened")},
    ),
    (
        "Especula-se que Luísa Pires vá para o Banco Sereno.",
        {("joins", "Luísa Pires", "Banco Sereno", "rumored")},
    ),
    (
        "Luísa Pires, médica-chefe do Hospital de Alvor, demitiu-se.",
        {("holds_role", "Luísa Pires", "Hospital de Alvor", "happened")},
    ),
    (
        "Rui Campos, jornalista da TV Lumiar, disse que a emissora vai fechar.",
        {("holds_role", "Rui Campos", "TV Lumiar", "happened")},
    ),
]

NEGATIVE: list[str] = [
    "O Banco Aurora aumentou a taxa de juro.",
    "A Lumora Energias deixou claro que não vai vender ativos.",
    "O lucro do Banco Aurora voltou a subir no trimestre.",
    "Rui Faria assumiu o compromisso de reduzir custos no Banco Aurora.",
    "A Serra Azul Alimentos processa pagamentos de clientes.",
    "A Tejo Digital obteve a licença de operação.",
    "O Banco Aurora está de volta ao lucro.",
    "A Tejo Digital entrou no mercado brasileiro.",
    "A Serra Azul Alimentos vai para a bolsa no próximo ano.",
    "O avançado Duarte Melo chegou aos dez golos na época.",
    "A Lumora Energias escolheu Lisboa para instalar a sede.",
    "Paulo Reis deixou um recado aos acionistas do Banco Aurora.",
    "Luísa Pires levou o projeto a bom porto.",
    "A Orion Capital levou a proposta ao conselho.",
    "Luísa Pires deu um passo importante no Banco Sereno.",
    "O Banco Sereno suspendeu a distribuição de dividendos.",
    "Luísa Pires vai treinar todos os dias no Banco Sereno.",
    "A Orion Capital ficou com 15% do mercado.",
    "O Banco Sereno passou a ser o maior banco do país.",
    "Tomás Gouveia retirou-se da corrida à presidência do Banco Sereno.",
    "Marta Ribeiro, do Banco Sereno, licenciou-se em Direito em Coimbra.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_portuguese_wording_is_read(text: str, expected: set[Fact]) -> None:
    got = facts("pt", text)
    assert expected <= got, got


@pytest.mark.parametrize("text", NEGATIVE)
def test_portuguese_non_events_give_nothing(text: str) -> None:
    assert facts("pt", text) == set()
