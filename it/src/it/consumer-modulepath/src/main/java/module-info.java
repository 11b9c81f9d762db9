module com.example.backoffice {
  requires dev.yardstick.core;
  requires dev.yardstick.rules.kpi;
  requires dev.yardstick.rules.okr;

  exports com.example.backoffice;
}
