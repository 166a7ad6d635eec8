// The new-user form: the shop list narrows as the administrator types a name or code, the staff list to the chosen
// shop's members, and only the fields the chosen role needs (shop and staff, or jurisdiction) are shown and sent.
// Without this script the lists simply stay whole; the server checks the choice either way.
(function () {
  'use strict';

  document.querySelectorAll('[data-sg-filter]').forEach(function (box) {
    var list = document.getElementById(box.getAttribute('data-sg-filter'));
    if (!list) { return; }
    box.addEventListener('input', function () {
      var words = box.value.trim().toLowerCase();
      var firstShown = null;
      Array.prototype.forEach.call(list.options, function (option) {
        var shown = option.value === '' || words === '' || option.text.toLowerCase().indexOf(words) >= 0;
        option.hidden = !shown;
        if (shown && option.value !== '' && !firstShown) { firstShown = option; }
      });
      var selected = list.options[list.selectedIndex];
      if (words !== '' && (!selected || selected.hidden || selected.value === '') && firstShown) {
        firstShown.selected = true;
        list.dispatchEvent(new Event('change'));
      }
    });
  });

  // The staff list offers only the chosen shop's members (the server checks the pair either way).
  document.querySelectorAll('[data-sg-staff-of]').forEach(function (staff) {
    var shop = document.getElementById(staff.getAttribute('data-sg-staff-of'));
    if (!shop) { return; }
    function apply() {
      Array.prototype.forEach.call(staff.options, function (option) {
        option.hidden = option.value !== '' && option.getAttribute('data-shop') !== shop.value;
      });
      if (staff.options[staff.selectedIndex].hidden) { staff.selectedIndex = 0; }
    }
    shop.addEventListener('change', apply);
    shop.addEventListener('input', apply);
    apply();
  });

  document.querySelectorAll('[data-sg-role]').forEach(function (role) {
    var form = role.form;
    function apply() {
      var scope = role.options[role.selectedIndex].getAttribute('data-scope');
      form.querySelectorAll('[data-sg-scope], [data-sg-scope-not]').forEach(function (field) {
        var needed = field.hasAttribute('data-sg-scope') ? field.getAttribute('data-sg-scope') === scope : field.getAttribute('data-sg-scope-not') !== scope;
        field.hidden = !needed;
        field.querySelectorAll('input, select').forEach(function (control) { control.disabled = !needed; });
      });
    }
    role.addEventListener('change', apply);
    apply();
  });
})();
