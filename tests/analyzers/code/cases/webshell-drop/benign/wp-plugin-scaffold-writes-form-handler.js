// source: a WordPress plugin scaffolder (create-block style): it writes a PHP form handler that reads $_POST through
// WordPress's sanitizers and prints it escaped; nothing in the page runs a command or code
'use strict';
const fs = require('fs');
const path = require('path');
const HANDLER = `<?php
if ( ! defined( 'ABSPATH' ) ) { exit; }
function my_plugin_handle_form() {
  check_admin_referer( 'my_plugin_form' );
  $name = sanitize_text_field( wp_unslash( $_POST['name'] ?? '' ) );
  update_option( 'my_plugin_name', $name );
  echo esc_html( $name );
}
add_action( 'admin_post_my_plugin_form', 'my_plugin_handle_form' );
`;
module.exports = function scaffold(dir) {
  fs.mkdirSync(path.join(dir, 'includes'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'includes', 'form-handler.php'), HANDLER);
};
