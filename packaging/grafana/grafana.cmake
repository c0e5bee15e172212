# The Grafana dashboard of the shared history store and an example of its data source's
# provisioning; installed with the other examples, enabling nothing. docs/SCALING.md says how to
# import and provision them; tests/store/tst_grafanadashboard runs every panel's query.
install(FILES grafana/trro-fleet.json grafana/trro-store-datasource.yaml
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples/grafana)
