// 登记检查: fills the optional location from the browser's geolocation when the officer asks (the button shows only
// where the browser has it). Typed coordinates count as typed; the form works without this script.
(function () {
    'use strict';
    var box = document.querySelector('[data-geolocation]');
    if (!box) { return; }
    var button = box.querySelector('[data-geolocate]');
    var status = box.querySelector('[data-geolocation-status]');
    var source = box.querySelector('[data-location-source]');
    var latitude = box.querySelector('[data-latitude]');
    var longitude = box.querySelector('[data-longitude]');
    var accuracy = box.querySelector('[data-accuracy]');

    [latitude, longitude, accuracy].forEach(function (input) {
        input.addEventListener('input', function () { source.value = 'Typed'; });
    });
    if (!('geolocation' in navigator)) { return; }
    button.classList.remove('d-none');
    button.addEventListener('click', function () {
        button.disabled = true;
        status.textContent = status.getAttribute('data-waiting');
        navigator.geolocation.getCurrentPosition(function (position) {
            latitude.value = position.coords.latitude.toFixed(6);
            longitude.value = position.coords.longitude.toFixed(6);
            accuracy.value = Math.round(position.coords.accuracy);
            source.value = 'Device';
            status.textContent = status.getAttribute('data-done');
            button.disabled = false;
        }, function () {
            status.textContent = status.getAttribute('data-failed');
            button.disabled = false;
        }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
})();
