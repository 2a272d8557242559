print('interpreter probe')
