fn main() {
    passerelle_ui::start();
}
